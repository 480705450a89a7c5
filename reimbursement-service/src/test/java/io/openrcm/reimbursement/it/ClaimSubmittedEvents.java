package io.openrcm.reimbursement.it;

import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.KafkaTestClient;
import java.util.UUID;

/** Plays claim-service's part: publishes ClaimSubmitted as it would (key = claim id, CloudEvents headers). */
final class ClaimSubmittedEvents {

    private ClaimSubmittedEvents() {
    }

    /** Publishes the payload under a new event id and returns its envelope. */
    static EventEnvelope send(KafkaTestClient kafka, String claimId, String payload, String correlationId) {
        EventEnvelope envelope = KafkaTestClient.envelope(UUID.randomUUID(), "ClaimSubmitted", "/claim-service",
                claimId, correlationId);
        kafka.send(Topics.CLAIM_SUBMITTED, claimId, payload, envelope);
        return envelope;
    }
}
