package io.openrcm.reimbursement.domain;

import java.util.UUID;

/**
 * A posted, not yet reversed, non-reversal payment of a claim, which a reversal may take back.
 *
 * @param paymentId the claim payment
 * @param payerClaimControlNumber its payer claim control number; may be null
 */
public record ReversalCandidate(UUID paymentId, String payerClaimControlNumber) {
}
