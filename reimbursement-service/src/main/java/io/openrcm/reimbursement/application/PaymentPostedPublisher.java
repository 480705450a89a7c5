package io.openrcm.reimbursement.application;

import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.Outbox;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.Enrichment;
import io.openrcm.reimbursement.domain.PaymentPosted;
import io.openrcm.reimbursement.domain.PostingDomainEvent;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import io.openrcm.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the domain events a posting returned into outbox rows, in the transaction that posted the payment, keyed by
 * the claim id so one claim's payments stay in order.
 */
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
     * Writes each event, in order.
     *
     * @param correlationId the correlation id of the claim's claim-submitted event, so the flow can be followed
     */
    public void publish(List<PostingDomainEvent> events, String correlationId) {
        for (PostingDomainEvent event : events) {
            if (event instanceof PaymentPosted posted) {
                outbox.append(Topics.PAYMENT_POSTED, PaymentPostedV1.AGGREGATE_TYPE, posted.payment().claimId(),
                        PaymentPostedV1.TYPE, PaymentPostedV1.VERSION, payload(posted), correlationId);
            }
        }
    }

    /**
     * Writes the events of many postings with one outbox insert, in order.
     *
     * @param correlationIds the correlation id of each claim's claim-submitted event, by claim id
     */
    public void publishAll(List<PostingDomainEvent> events, Map<String, String> correlationIds) {
        List<Outbox.NewEvent> rows = new ArrayList<>(events.size());
        for (PostingDomainEvent event : events) {
            if (event instanceof PaymentPosted posted) {
                String claimId = posted.payment().claimId();
                rows.add(new Outbox.NewEvent(Topics.PAYMENT_POSTED, PaymentPostedV1.AGGREGATE_TYPE, claimId,
                        PaymentPostedV1.TYPE, PaymentPostedV1.VERSION, payload(posted), correlationIds.get(claimId)));
            }
        }
        if (!rows.isEmpty()) {
            outbox.appendAll(rows);
        }
    }

    static PaymentPostedV1 payload(PaymentPosted e) {
        ClaimPayment payment = e.payment();
        Enrichment enrichment = e.enrichment();
        List<PaymentPostedV1.LineV1> lines = new ArrayList<>();
        for (int i = 0; i < payment.lines().size(); i++) {
            ServiceLinePayment l = payment.lines().get(i);
            lines.add(new PaymentPostedV1.LineV1(enrichment.lineNumbers().get(i), l.code(), l.modifiers(),
                    l.charge().toString(), l.paid().toString(), l.units().stripTrailingZeros().toPlainString(),
                    adjustments(l.adjustments()), l.remarkCodes()));
        }
        return new PaymentPostedV1(e.paymentId().toString(), e.remittance().id().toString(), payment.claimId(),
                e.remittance().payerId(), payment.payerClaimControlNumber(), payment.status().code(),
                payment.charge().toString(), payment.paid().toString(), payment.patientResponsibility().toString(),
                adjustments(payment.allAdjustments()), e.reversalOf() == null ? null : e.reversalOf().toString(),
                e.remittance().paymentDate().toString(), MILLIS_UTC.format(e.occurredAt()), lines,
                payment.remarkCodes(),
                enrichment.denialCategory() == null ? null : enrichment.denialCategory().name(),
                text(enrichment.expectedAllowed()), text(enrichment.underpaidAmount()));
    }

    private static List<PaymentPostedV1.AdjustmentV1> adjustments(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> new PaymentPostedV1.AdjustmentV1(a.group().name(), a.reason(),
                a.amount().toString())).toList();
    }

    private static String text(Money amount) {
        return amount == null ? null : amount.toString();
    }
}
