package io.openrcm.claim.application;

import java.util.Objects;
import java.util.UUID;

/**
 * One payment of a batch for {@link PaymentBatchService}.
 *
 * @param payment the payment and the claim it is for
 * @param eventId the id of the event that carried it
 * @param correlationId the event's correlation id; the claim's own is used when it has none
 */
public record PostedPayment(ReceivedPayment payment, UUID eventId, String correlationId) {

    public PostedPayment {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(eventId, "eventId");
    }
}
