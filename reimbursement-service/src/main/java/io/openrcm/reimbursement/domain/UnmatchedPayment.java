package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A claim payment waiting for its claim: an entry of the exceptions work queue.
 *
 * @param paymentId the claim payment
 * @param remittanceId its remittance
 * @param payerId the payer
 * @param traceNumber the remittance's trace number
 * @param claimId the claim it pays
 * @param occurrence how many earlier payments in the remittance are for the same claim
 * @param claimStatusCode the payer's claim status code (CLP02)
 * @param chargeAmount the charge
 * @param paidAmount the amount paid
 * @param reason why it waits
 * @param receivedAt when it was received
 */
public record UnmatchedPayment(UUID paymentId, UUID remittanceId, String payerId, String traceNumber, String claimId,
        int occurrence, String claimStatusCode, Money chargeAmount, Money paidAmount, String reason,
        Instant receivedAt) {
}
