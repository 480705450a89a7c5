package io.openrcm.claim.application;

import io.openrcm.claim.persistence.ClaimReadStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Read side of claims: one claim with everything about it, or a filtered page. */
@ApplicationScoped
public class ClaimQueryService {

    private final ClaimReadStore claims;

    @Inject
    public ClaimQueryService(ClaimReadStore claims) {
        this.claims = claims;
    }

    /** The claim with its lines, diagnoses, status history and payments. */
    @Transactional
    public Optional<ClaimRecord> claim(UUID claimId) {
        return claims.claim(claimId);
    }

    /** One page of claims matching the filter. */
    @Transactional
    public ClaimSummary.Page search(ClaimSummary.Filter filter, int page, int size) {
        return claims.search(filter, page, size);
    }
}
