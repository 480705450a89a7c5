package io.openrcm.reimbursement.messaging;

import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.Outbox;
import io.openrcm.reimbursement.domain.ClaimPayment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes PaymentPosted into the outbox, in the transaction that posts the payment, keyed by the claim id. */
@ApplicationScoped
public class PaymentPostedPublisher {

    static final DateTimeFormatter MILLIS_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Outbox outbox;

    @Inject
    public PaymentPostedPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Announces a posted claim payment.
     *
     * @param correlationId the correlation id of the claim's claim-submitted event, so the flow can be followed
     */
    public void paymentPosted(UUID paymentId, UUID remittanceId, String payerId, LocalDate paymentDate,
            ClaimPayment payment, Instant postedAt, String correlationId) {
        PaymentPostedV1 payload = new PaymentPostedV1(paymentId.toString(), remittanceId.toString(),
                payment.claimId(), payerId, payment.payerClaimControlNumber(), payment.status().code(),
                payment.charge().toString(), payment.paid().toString(), payment.patientResponsibility().toString(),
                payment.adjustments().stream().map(a -> new PaymentPostedV1.AdjustmentV1(a.group().name(),
                        a.reason(), a.amount().toString())).toList(),
                null, paymentDate.toString(), MILLIS_UTC.format(postedAt));
        outbox.append(Topics.PAYMENT_POSTED, PaymentPostedV1.AGGREGATE_TYPE, payment.claimId(), PaymentPostedV1.TYPE,
                PaymentPostedV1.VERSION, payload, correlationId);
    }
}
