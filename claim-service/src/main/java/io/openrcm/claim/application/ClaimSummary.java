package io.openrcm.claim.application;

import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.domain.ReviewReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A claim in a list (a search page or the work queue): what identifies it, its status and balance.
 *
 * @param claimId the claim
 * @param encounterId the encounter it bills
 * @param status its status
 * @param payerId its payer
 * @param billingProviderNpi its billing provider
 * @param dateOfService its date of service
 * @param frequencyCode 1 original, 7 replacement, 8 void
 * @param balance its charge and what was posted against it
 * @param findings the last scrub's findings or the payer's rejection reasons
 * @param createdAt when it was created
 * @param workQueuedAt when it entered the work queue; null when it is not waiting there
 * @param reviewReason why its money waits for a person (credit to refund, posting after close); null otherwise
 * @param patientId the patient's id, for the audit of who saw which patient's claims (not shown in lists)
 */
public record ClaimSummary(UUID claimId, UUID encounterId, ClaimStatus status, String payerId,
        String billingProviderNpi, LocalDate dateOfService, String frequencyCode, Balance balance,
        List<Finding> findings, Instant createdAt, Instant workQueuedAt, ReviewReason reviewReason, String patientId) {

    /**
     * One page of claims and how many match in all.
     *
     * @param items the page
     * @param total matches across all pages
     */
    public record Page(List<ClaimSummary> items, long total) {
    }

    /**
     * Claim search filters; a null field does not filter.
     *
     * @param encounterId the encounter whose claim to find
     * @param status the claim status
     * @param payerId the payer
     * @param from first date of service (inclusive)
     * @param to last date of service (inclusive)
     * @param practices the billing-provider NPIs the caller may see; always filters (empty: nothing)
     */
    public record Filter(UUID encounterId, ClaimStatus status, String payerId, LocalDate from, LocalDate to,
            Set<String> practices) {
    }
}
