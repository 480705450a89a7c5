package io.openrcm.claim.application;

import io.openrcm.claim.domain.PaymentPosting;
import io.openrcm.claim.domain.RemittanceDetail;
import java.util.Objects;
import java.util.UUID;

/**
 * Command of {@link PaymentPostingService}: a payer's payment for one claim, as reimbursement posted it.
 *
 * @param claimId the claim paid
 * @param posting the amounts, adjustments and payment id
 * @param denialCategory the payer's denial category, carried on the status change; null when not a denial
 * @param remittance who paid, when, and the claim and line adjudication, for the next payer; null when unknown
 */
public record ReceivedPayment(UUID claimId, PaymentPosting posting, String denialCategory,
        RemittanceDetail remittance) {

    /** A payment without the remittance detail: nothing to coordinate with a next payer. */
    public ReceivedPayment(UUID claimId, PaymentPosting posting, String denialCategory) {
        this(claimId, posting, denialCategory, null);
    }

    public ReceivedPayment {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(posting, "posting");
    }
}
