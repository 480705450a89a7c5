package io.openrcm.claim.application;

import io.openrcm.claim.persistence.SubmissionClaimEntity;
import io.openrcm.claim.persistence.SubmissionEntity;
import io.openrcm.claim.persistence.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of submissions. */
@ApplicationScoped
public class SubmissionQueries {

    private final SubmissionRepository submissions;

    @Inject
    public SubmissionQueries(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    @Transactional
    public Optional<SubmissionEntity> submission(UUID id) {
        return submissions.findByIdOptional(id);
    }

    @Transactional
    public List<SubmissionClaimEntity> claimsOf(UUID id) {
        return submissions.claimsOf(id);
    }

    @Transactional
    public List<SubmissionEntity> recent(String payerId, int page, int size) {
        return submissions.recent(payerId == null || payerId.isBlank() ? null : payerId, page, size);
    }
}
