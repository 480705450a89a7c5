package io.openrcm.reimbursement.application;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.PostingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored remittance and where each of its claim payments stands.
 *
 * @param id the remittance id
 * @param payerId the payer
 * @param traceNumber the payer's trace number
 * @param paymentDate the payment date
 * @param paymentMethod the payment method code
 * @param totalPaid the total paid
 * @param receivedAt when it was first taken
 * @param claims the claim payments, in remittance order (none for a quarantined remittance)
 * @param status POSTED (every claim posted), PARTIALLY_POSTED, UNMATCHED (none posted yet) or QUARANTINED
 * @param source JSON or X12
 * @param claimCount how many claim payments the remittance holds
 * @param providerAdjustmentTotal the sum of its PLB adjustments
 * @param imbalances why it is quarantined (empty otherwise)
 */
public record RemittanceView(UUID id, String payerId, String traceNumber, LocalDate paymentDate,
        String paymentMethod, Money totalPaid, Instant receivedAt, List<ClaimLine> claims, String status,
        String source, int claimCount, Money providerAdjustmentTotal, List<ImbalanceLine> imbalances) {

    /**
     * One claim payment of the remittance.
     *
     * @param paymentId the claim payment id (the paymentId of its PaymentPosted)
     * @param claimId the claim
     * @param occurrence how many earlier payments in this remittance are for the same claim
     * @param paidAmount what the payer paid on it
     * @param status POSTED or UNMATCHED
     * @param unmatchedReason why it waits; null once posted
     * @param postedAt when it was posted; null while it waits
     */
    public record ClaimLine(UUID paymentId, String claimId, int occurrence, Money paidAmount, PostingStatus status,
            String unmatchedReason, Instant postedAt) {
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
    public record ImbalanceLine(String rule, String location, String claimId, Money stated, Money computed,
            Money difference, String message) {
    }
}
