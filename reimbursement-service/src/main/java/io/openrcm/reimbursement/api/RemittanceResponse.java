package io.openrcm.reimbursement.api;

import io.openrcm.reimbursement.application.RemittanceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A remittance as the API shows it, with where each claim payment stands. Amounts are strings with 2 decimals.
 *
 * @param remittanceId the remittance id
 * @param payerId the payer
 * @param traceNumber the payer's trace number
 * @param paymentDate the payment date
 * @param paymentMethod the payment method
 * @param totalPaid the total paid
 * @param receivedAt when it was first taken
 * @param claims the claim payments, in request order
 * @param status POSTED, PARTIALLY_POSTED, UNMATCHED or QUARANTINED
 * @param source JSON or X12
 * @param providerAdjustmentTotal the sum of the provider-level (PLB) adjustments
 * @param imbalances why a quarantined remittance does not balance, each with the exact difference and where
 */
public record RemittanceResponse(UUID remittanceId, String payerId, String traceNumber, LocalDate paymentDate,
        String paymentMethod, String totalPaid, Instant receivedAt, List<ClaimResult> claims, String status,
        String source, String providerAdjustmentTotal, List<Imbalance> imbalances) {

    /**
     * One broken balancing rule.
     *
     * @param rule TOTAL_PAID, CLAIM_ADJUSTMENTS, PATIENT_RESPONSIBILITY or LINE_ADJUSTMENTS
     * @param location remittance, claim i, or claim i line j (positions from 0)
     * @param claimId the claim, for a claim or line rule
     * @param stated the payer's figure
     * @param computed what the details add up to
     * @param difference stated - computed
     * @param message a sentence
     */
    public record Imbalance(String rule, String location, String claimId, String stated, String computed,
            String difference, String message) {
    }

    /**
     * One claim payment.
     *
     * @param claimId the claim
     * @param occurrence 0 for the first payment of this claim in the remittance, 1 for a second, ...
     * @param paymentId the claim payment id (paymentId of its PaymentPosted)
     * @param status POSTED or UNMATCHED
     * @param paidAmount the amount paid
     * @param unmatchedReason why it waits ("claim not yet known"); null once posted
     * @param postedAt when it was posted; null while it waits
     */
    public record ClaimResult(String claimId, int occurrence, UUID paymentId, String status, String paidAmount,
            String unmatchedReason, Instant postedAt) {
    }

    static RemittanceResponse of(RemittanceView v) {
        return new RemittanceResponse(v.id(), v.payerId(), v.traceNumber(), v.paymentDate(), v.paymentMethod(),
                v.totalPaid().toString(), v.receivedAt(),
                v.claims().stream().map(c -> new ClaimResult(c.claimId(), c.occurrence(), c.paymentId(),
                        c.status().name(), c.paidAmount().toString(), c.unmatchedReason(), c.postedAt())).toList(),
                v.status(), v.source(), v.providerAdjustmentTotal().toString(),
                v.imbalances().stream().map(i -> new Imbalance(i.rule(), i.location(), i.claimId(),
                        i.stated().toString(), i.computed().toString(), i.difference().toString(), i.message()))
                        .toList());
    }
}
