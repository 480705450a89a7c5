package io.openrcm.claim.application;

import io.openrcm.claim.persistence.ClaimEntity;
import io.openrcm.claim.persistence.ClaimPaymentEntity;
import io.openrcm.claim.persistence.ClaimPaymentRepository;
import io.openrcm.claim.persistence.ClaimRepository;
import io.openrcm.claim.persistence.ClaimStatusChangeEntity;
import io.openrcm.claim.persistence.ClaimStatusChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of claims: one claim with everything about it, or a filtered page. */
@ApplicationScoped
public class ClaimQueryService {

    private final ClaimRepository claims;
    private final ClaimStatusChangeRepository history;
    private final ClaimPaymentRepository payments;

    @Inject
    public ClaimQueryService(ClaimRepository claims, ClaimStatusChangeRepository history,
            ClaimPaymentRepository payments) {
        this.claims = claims;
        this.history = history;
        this.payments = payments;
    }

    /** The claim with its lines, diagnoses, status history and payments loaded. */
    @Transactional
    public Optional<ClaimRecord> claim(UUID claimId) {
        return claims.findByIdOptional(claimId).map(c -> {
            c.lines.size();
            c.diagnoses.size();
            return new ClaimRecord(c, history.historyOf(claimId), payments.ofClaim(claimId));
        });
    }

    /** One page of claims matching the filter. */
    @Transactional
    public ClaimRepository.SearchResult search(ClaimRepository.ClaimFilter filter, int page, int size) {
        return claims.search(filter, page, size);
    }

    /**
     * A claim as stored, with its history and payments.
     *
     * @param claim the claim row with lines and diagnoses
     * @param history status changes, oldest first
     * @param payments payments applied, oldest first
     */
    public record ClaimRecord(ClaimEntity claim, List<ClaimStatusChangeEntity> history,
            List<ClaimPaymentEntity> payments) {
    }
}
