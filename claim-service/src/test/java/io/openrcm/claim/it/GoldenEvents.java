package io.openrcm.claim.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The golden event examples: the producers' (code-service, reimbursement-service) read from their modules, this
 * service's own from its resources. Each call returns a fresh copy to adjust.
 */
public final class GoldenEvents {

    public static final ObjectMapper JSON = new ObjectMapper();

    static final Path ENCOUNTER_CODED = Path.of("../code-service/src/main/resources/events/examples/"
            + "encounter-coded.v1.json");
    static final Path PAYMENT_POSTED = Path.of("../reimbursement-service/src/main/resources/events/examples/"
            + "payment-posted.v1.json");
    static final Path CLAIM_SUBMITTED = Path.of("src/main/resources/events/examples/claim-submitted.v1.json");
    static final Path CLAIM_STATUS_CHANGED = Path.of(
            "src/main/resources/events/examples/claim-status-changed.v1.json");
    static final Path CLAIM_SUBMITTED_SCHEMA = Path.of("src/main/resources/events/claim-submitted.v1.schema.json");
    static final Path CLAIM_STATUS_CHANGED_SCHEMA = Path.of(
            "src/main/resources/events/claim-status-changed.v1.schema.json");

    private GoldenEvents() {
    }

    /** code-service's EncounterCoded example with a new encounter id. */
    public static ObjectNode encounterCoded() {
        ObjectNode encounter = (ObjectNode) read(ENCOUNTER_CODED);
        encounter.put("encounterId", UUID.randomUUID().toString());
        // A patient of its own: the scrubber's duplicate rule (same patient, provider, date, services) would
        // otherwise stop every golden encounter after the first.
        ((ObjectNode) encounter.get("patient")).put("id", "MRN-884201-" + UUID.randomUUID().toString().substring(0, 8));
        return encounter;
    }

    /** reimbursement-service's PaymentPosted example for the claim, with a new payment id. */
    public static ObjectNode paymentPosted(String claimId) {
        ObjectNode payment = (ObjectNode) read(PAYMENT_POSTED);
        payment.put("claimId", claimId);
        payment.put("paymentId", UUID.randomUUID().toString());
        return payment;
    }

    public static JsonNode read(Path path) {
        try {
            return JSON.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden example " + path.toAbsolutePath(), e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
