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
 */
public record RemittanceResponse(UUID remittanceId, String payerId, String traceNumber, LocalDate paymentDate,
        String paymentMethod, String totalPaid, Instant receivedAt, List<ClaimResult> claims) {

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
                        c.status().name(), c.paidAmount().toString(), c.unmatchedReason(), c.postedAt())).toList());
    }
}
