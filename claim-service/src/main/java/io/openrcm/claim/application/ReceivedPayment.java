package io.openrcm.claim.application;

import io.openrcm.claim.domain.PaymentPosting;
import java.util.Objects;
import java.util.UUID;

/**
 * Command of {@link PaymentPostingService}: a payer's payment for one claim, as reimbursement posted it.
 *
 * @param claimId the claim paid
 * @param posting the amounts, adjustments and payment id
 * @param denialCategory the payer's denial category, carried on the status change; null when not a denial
 */
public record ReceivedPayment(UUID claimId, PaymentPosting posting, String denialCategory) {

    public ReceivedPayment {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(posting, "posting");
    }
}
