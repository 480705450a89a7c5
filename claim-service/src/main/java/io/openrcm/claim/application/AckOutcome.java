package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimStatus;
import java.util.List;
import java.util.UUID;

/**
 * What one acknowledgment file did (also the body of {@code POST /acknowledgments}).
 *
 * @param acknowledgmentId its id
 * @param kind 999 or 277CA
 * @param accepted claims the payer accepted
 * @param rejected claims the payer rejected
 * @param claims per claim
 * @param unmatched what the file names that matches none of our submissions or claims
 * @param warnings envelope irregularities of the file
 */
public record AckOutcome(UUID acknowledgmentId, String kind, long accepted, long rejected,
        List<ClaimOutcome> claims, List<String> unmatched, List<String> warnings) {

    /**
     * One claim's outcome.
     *
     * @param claimId the claim
     * @param accepted the payer's verdict
     * @param status the claim's status afterwards
     * @param reasonCodes the payer's reasons when rejected
     */
    public record ClaimOutcome(UUID claimId, boolean accepted, ClaimStatus status, List<String> reasonCodes) {
    }
}
