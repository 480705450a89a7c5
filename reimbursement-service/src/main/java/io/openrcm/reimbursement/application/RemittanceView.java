package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Money;
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
 * @param claims the claim payments, in remittance order
 */
public record RemittanceView(UUID id, String payerId, String traceNumber, LocalDate paymentDate,
        String paymentMethod, Money totalPaid, Instant receivedAt, List<ClaimLine> claims) {

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
}
