package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim with everything recorded about it: the aggregate, its submissions, status history and payments.
 *
 * @param claim the claim
 * @param submissionCount how many times it went out in an 837P
 * @param lastSubmissionId the interchange that last carried it
 * @param history status changes, oldest first
 * @param payments payments applied, oldest first
 */
public record ClaimRecord(Claim claim, int submissionCount, UUID lastSubmissionId, List<StatusChange> history,
        List<AppliedPayment> payments) {

    /**
     * One entry of the status history.
     *
     * @param from the status before; null for the first entry
     * @param to the status after
     * @param reason why
     * @param reasonCodes the codes behind it ({@code <group>-<CARC>} for payments)
     * @param paymentId the payment that caused it, if one did
     * @param changedAt when
     */
    public record StatusChange(ClaimStatus from, ClaimStatus to, String reason, List<String> reasonCodes,
            UUID paymentId, Instant changedAt) {
    }

    /**
     * A payment applied to the claim.
     *
     * @param paymentId the payment
     * @param claimStatusCode the payer's claim status code (835 CLP02)
     * @param paidAmount paid by the payer
     * @param patientResponsibility moved to the patient
     * @param adjustmentAmount adjusted away, patient responsibility excluded
     * @param reasonCodes {@code <group>-<CARC>} codes
     * @param appliedAt when it was applied
     */
    public record AppliedPayment(UUID paymentId, String claimStatusCode, Money paidAmount,
            Money patientResponsibility, Money adjustmentAmount, List<String> reasonCodes, Instant appliedAt) {
    }
}
