package io.openrcm.reimbursement.messaging;

import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.Outbox;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
     * What posting decided about a payment beyond the remittance's own content.
     *
     * @param lineNumbers our line number for each service line (null where unmatched)
     * @param denialCategory the denial category, or null
     * @param expectedAllowed the contract's expected allowed amount, or null
     * @param underpaidAmount the underpayment, or null
     * @param reversalOf the payment reversed, or null
     */
    public record Posting(List<Integer> lineNumbers, String denialCategory, BigDecimal expectedAllowed,
            BigDecimal underpaidAmount, UUID reversalOf) {
    }

    /**
     * Announces a posted claim payment.
     *
     * @param correlationId the correlation id of the claim's claim-submitted event, so the flow can be followed
     */
    public void paymentPosted(UUID paymentId, UUID remittanceId, String payerId, LocalDate paymentDate,
            ClaimPayment payment, Posting posting, Instant postedAt, String correlationId) {
        List<PaymentPostedV1.LineV1> lines = new ArrayList<>();
        for (int i = 0; i < payment.lines().size(); i++) {
            ServiceLinePayment l = payment.lines().get(i);
            lines.add(new PaymentPostedV1.LineV1(posting.lineNumbers().get(i), l.code(), l.modifiers(),
                    l.charge().toString(), l.paid().toString(), l.units().stripTrailingZeros().toPlainString(),
                    adjustments(l.adjustments()), l.remarkCodes()));
        }
        PaymentPostedV1 payload = new PaymentPostedV1(paymentId.toString(), remittanceId.toString(),
                payment.claimId(), payerId, payment.payerClaimControlNumber(), payment.status().code(),
                payment.charge().toString(), payment.paid().toString(), payment.patientResponsibility().toString(),
                adjustments(payment.allAdjustments()),
                posting.reversalOf() == null ? null : posting.reversalOf().toString(), paymentDate.toString(),
                MILLIS_UTC.format(postedAt), lines, payment.remarkCodes(), posting.denialCategory(),
                money(posting.expectedAllowed()), money(posting.underpaidAmount()));
        outbox.append(Topics.PAYMENT_POSTED, PaymentPostedV1.AGGREGATE_TYPE, payment.claimId(), PaymentPostedV1.TYPE,
                PaymentPostedV1.VERSION, payload, correlationId);
    }

    private static List<PaymentPostedV1.AdjustmentV1> adjustments(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> new PaymentPostedV1.AdjustmentV1(a.group().name(), a.reason(),
                a.amount().toString())).toList();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
