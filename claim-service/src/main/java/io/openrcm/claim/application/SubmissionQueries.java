package io.openrcm.claim.application;

import io.openrcm.claim.persistence.SubmissionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Read side of submissions. */
@ApplicationScoped
public class SubmissionQueries {

    private final SubmissionStore submissions;

    @Inject
    public SubmissionQueries(SubmissionStore submissions) {
        this.submissions = submissions;
    }

    @Transactional
    public Optional<Submission> submission(UUID id) {
        return submissions.find(id);
    }

    @Transactional
    public List<CarriedClaim> claimsOf(UUID id) {
        return submissions.claimsOf(id);
    }

    /** Newest first, of one payer (a blank id means all payers). */
    @Transactional
    public List<Submission> recent(String payerId, Set<String> practices, int page, int size) {
        return submissions.recent(payerId == null || payerId.isBlank() ? null : payerId, practices, page, size);
    }

    /** The claims the submission carried with their practice and patient. */
    @Transactional
    public List<CarriedClaimOwner> ownersOf(UUID id) {
        return submissions.ownersOf(id);
    }

    /** The submission's transfer to the clearinghouse; empty for a file handed over by hand. */
    @Transactional
    public Optional<SubmissionTransfer> transfer(UUID id) {
        return submissions.transfer(id);
    }
}
