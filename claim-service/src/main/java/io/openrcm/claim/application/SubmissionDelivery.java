package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.persistence.ClaimBatchStore;
import io.openrcm.claim.persistence.ClaimChanges;
import io.openrcm.claim.persistence.PatientEntryStore;
import io.openrcm.claim.persistence.SubmissionStore;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditOutcome;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: an 837P file waiting for the clearinghouse was delivered whole. In one transaction the transfer (name,
 * size, SHA-256, time) is recorded with the submission and its claims move to SUBMITTED with their ClaimSubmitted
 * events, audited as the system. Nothing before that counts as sent.
 */
@ApplicationScoped
public class SubmissionDelivery {

    private static final Logger LOG = Logger.getLogger(SubmissionDelivery.class);

    private final SubmissionStore submissions;
    private final ClaimBatchStore batchStore;
    private final PatientEntryStore patientEntries;
    private final ClaimEventPublisher publisher;
    private final AuditTrail audit;

    @Inject
    public SubmissionDelivery(SubmissionStore submissions, ClaimBatchStore batchStore,
            PatientEntryStore patientEntries, ClaimEventPublisher publisher, AuditTrail audit) {
        this.submissions = submissions;
        this.batchStore = batchStore;
        this.patientEntries = patientEntries;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** Files waiting for their upload, oldest first. */
    @Transactional
    public List<SubmissionStore.PendingSubmission> pending(int limit) {
        return submissions.pending(limit);
    }

    @Transactional
    public long backlog() {
        return submissions.countPending();
    }

    /**
     * Records the delivery and submits the claims the file carries.
     *
     * @return the claims that moved to SUBMITTED (none when another instance recorded it first)
     */
    @Transactional
    public List<UUID> delivered(UUID submissionId, String connectionId, String fileName, long size, String sha256,
            Instant at, Caller system) {
        if (!submissions.markDelivered(submissionId, connectionId, fileName, size, sha256, at)) {
            return List.of();
        }
        List<Claim> submitted = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(AuditEntry.of("submission.deliver", "Submission", submissionId.toString()));
        List<CarriedClaim> carried = submissions.claimsOf(submissionId);
        // One query for the file's claims, one batch per table and one outbox insert for all of them.
        Map<UUID, Claim> claims = batchStore.lockAll(carried.stream().map(CarriedClaim::claimId).toList());
        ClaimChanges changes = batchStore.changes();
        ClaimEventBatch events = new ClaimEventBatch();
        for (CarriedClaim c : carried) {
            Claim claim = claims.get(c.claimId());
            if (claim == null || claim.status() != ClaimStatus.READY) {
                // Changed while its file waited (scrubbed again, corrected): the payer has it, our state stays.
                LOG.warnf("Submission %s: claim %s was %s when its file was delivered; left as it is", submissionId,
                        c.claimId(), claim == null ? "gone" : claim.status());
                continue;
            }
            List<ClaimDomainEvent> claimEvents = claim.submit(submissionId, at);
            changes.update(claim);
            changes.recordSubmission(claim.id(), submissionId);
            events.add(claim, claimEvents, claim.details().correlationId(), null, patientEntries::ofClaim);
            submitted.add(claim);
            entries.add(new AuditEntry("claim.submit", "Claim", claim.id().toString(),
                    claim.details().patient().id(), claim.details().billingProviderNpi()));
        }
        publisher.publishAll(events, changes);
        audit.inTransaction(system, entries, AuditOutcome.SUCCESS, null, submissionId.toString());
        LOG.infof("Submission %s delivered as %s (%d bytes): %d claim(s) SUBMITTED", submissionId, fileName, size,
                submitted.size());
        return submitted.stream().map(Claim::id).toList();
    }

    /** Counts a failed upload; the file is sent again whole on the next round. */
    @Transactional
    public void failed(UUID submissionId, String error) {
        submissions.recordFailedDelivery(submissionId, error);
    }
}
