package io.openrcm.claim.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.testsupport.EventContracts;
import io.openrcm.testsupport.JsonStructure;
import java.util.UUID;

/**
 * The golden event examples, all read from the published contracts (rcm-event-contracts): the producers'
 * (code-service, reimbursement-service) and this service's own. Each call returns a fresh copy to adjust.
 */
public final class GoldenEvents {

    public static final ObjectMapper JSON = JsonStructure.MAPPER;

    static final String CLAIM_SUBMITTED = EventContracts.CLAIM_SUBMITTED;
    static final String CLAIM_STATUS_CHANGED = EventContracts.CLAIM_STATUS_CHANGED;

    private GoldenEvents() {
    }

    /** code-service's EncounterCoded example with a new encounter id. */
    public static ObjectNode encounterCoded() {
        ObjectNode encounter = (ObjectNode) EventContracts.example(EventContracts.ENCOUNTER_CODED);
        encounter.put("encounterId", UUID.randomUUID().toString());
        // A patient of its own: the scrubber's duplicate rule (same patient, provider, date, services) would
        // otherwise stop every golden encounter after the first.
        ((ObjectNode) encounter.get("patient")).put("id", "MRN-884201-" + UUID.randomUUID().toString().substring(0, 8));
        return encounter;
    }

    /** reimbursement-service's PaymentPosted example for the claim, with a new payment id. */
    public static ObjectNode paymentPosted(String claimId) {
        ObjectNode payment = (ObjectNode) EventContracts.example(EventContracts.PAYMENT_POSTED);
        payment.put("claimId", claimId);
        payment.put("paymentId", UUID.randomUUID().toString());
        return payment;
    }

    /** A published golden example, such as {@link #CLAIM_STATUS_CHANGED}. */
    public static JsonNode read(String event) {
        return EventContracts.example(event);
    }

    public static JsonNode parse(String json) {
        return JsonStructure.parse(json);
    }
}
