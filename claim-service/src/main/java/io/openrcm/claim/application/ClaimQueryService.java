package io.openrcm.claim.application;

import io.openrcm.claim.persistence.ClaimReadStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Read side of claims: one claim with everything about it, or a filtered page. */
@ApplicationScoped
public class ClaimQueryService {

    private final ClaimReadStore claims;

    @Inject
    public ClaimQueryService(ClaimReadStore claims) {
        this.claims = claims;
    }

    /** The claim with its lines, diagnoses, status history and payments; empty when not of the practices. */
    @Transactional
    public Optional<ClaimRecord> claim(UUID claimId, Set<String> practices) {
        return claims.claim(claimId, practices);
    }

    /** Whose the claim is (practice, patient); empty when there is no such claim. */
    @Transactional
    public Optional<ClaimOwner> owner(UUID claimId) {
        return claims.owner(claimId);
    }

    /** One page of claims matching the filter. */
    @Transactional
    public ClaimSummary.Page search(ClaimSummary.Filter filter, int page, int size) {
        return claims.search(filter, page, size);
    }

    /** The claims of these ids that exist, with their status and balance (for reconciliation with the ledger). */
    @Transactional
    public List<ClaimSummary> balances(Collection<UUID> claimIds, Set<String> practices) {
        return claims.ofIds(claimIds, practices);
    }
}
