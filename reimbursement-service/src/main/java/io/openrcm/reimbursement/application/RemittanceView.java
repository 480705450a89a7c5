package io.openrcm.reimbursement.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.ReceivedRemittance;
import io.openrcm.reimbursement.domain.RemittanceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The read model of a stored remittance, as the API shows it: where each of its claim payments stands. Amounts are
 * strings with two decimals.
 *
 * @param remittanceId the remittance id
 * @param payerId the payer
 * @param traceNumber the payer's trace number
 * @param paymentDate the payment date
 * @param paymentMethod the payment method code
 * @param totalPaid the total paid
 * @param receivedAt when it was first taken
 * @param claims the claim payments, in remittance order (none for a quarantined remittance)
 * @param status POSTED (every claim posted), PARTIALLY_POSTED, UNMATCHED (none posted yet) or QUARANTINED
 * @param source JSON or X12
 * @param providerAdjustmentTotal the sum of its PLB adjustments
 * @param imbalances why it is quarantined (empty otherwise), each with the exact difference and where
 * @param claimCount how many claim payments the remittance holds (not in the body: the X12 answer shows it)
 */
public record RemittanceView(UUID remittanceId, String payerId, String traceNumber, LocalDate paymentDate,
        String paymentMethod, String totalPaid, Instant receivedAt, List<ClaimResult> claims, Status status,
        String source, String providerAdjustmentTotal, List<ImbalanceLine> imbalances,
        @JsonIgnore int claimCount) {

    /** Where a remittance stands as a whole. */
    public enum Status {
        POSTED, PARTIALLY_POSTED, UNMATCHED, QUARANTINED
    }

    /**
     * One claim payment of the remittance.
     *
     * @param claimId the claim
     * @param occurrence 0 for the first payment of this claim in the remittance, 1 for a second, ...
     * @param paymentId the claim payment id (the paymentId of its PaymentPosted)
     * @param status POSTED or UNMATCHED
     * @param paidAmount what the payer paid on it
     * @param unmatchedReason why it waits ("claim not yet known"); null once posted
     * @param postedAt when it was posted; null while it waits
     */
    public record ClaimResult(String claimId, int occurrence, UUID paymentId, PostingStatus status,
            String paidAmount, String unmatchedReason, Instant postedAt) {
    }

    /**
     * One broken balancing rule of a quarantined remittance.
     *
     * @param rule TOTAL_PAID, CLAIM_ADJUSTMENTS, PATIENT_RESPONSIBILITY or LINE_ADJUSTMENTS
     * @param location remittance, claim i, or claim i line j (positions from 0)
     * @param claimId the claim (CLP01) when the rule is per claim or line
     * @param stated what the payer stated
     * @param computed what the details add up to
     * @param difference stated - computed
     * @param message a sentence
     */
    public record ImbalanceLine(Imbalance.Rule rule, String location, String claimId, String stated,
            String computed, String difference, String message) {
    }

    static RemittanceView of(ReceivedRemittance r, List<ClaimPaymentPosting> payments) {
        long posted = payments.stream().filter(p -> p.status() == PostingStatus.POSTED).count();
        Status status = r.status() == RemittanceStatus.QUARANTINED ? Status.QUARANTINED
                : posted == payments.size() ? Status.POSTED : posted == 0 ? Status.UNMATCHED
                : Status.PARTIALLY_POSTED;
        return new RemittanceView(r.id(), r.payerId(), r.traceNumber(), r.paymentDate(), r.paymentMethod().name(),
                r.totalPaid().toString(), r.receivedAt(),
                payments.stream().map(p -> new ClaimResult(p.payment().claimId(), p.occurrence(), p.id(),
                        p.status(), p.payment().paid().toString(), p.unmatchedReason(), p.postedAt())).toList(),
                status, r.source(), r.providerAdjustmentTotal().toString(),
                r.imbalances().stream().map(l -> new ImbalanceLine(l.imbalance().rule(), l.imbalance().location(),
                        l.claimId(), l.imbalance().stated().toString(), l.imbalance().computed().toString(),
                        l.imbalance().difference().toString(), l.message())).toList(),
                r.claimCount());
    }
}
