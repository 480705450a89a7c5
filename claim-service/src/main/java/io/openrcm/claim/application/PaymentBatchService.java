package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PaymentPosting;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.claim.persistence.ClaimBatchStore;
import io.openrcm.claim.persistence.ClaimChanges;
import io.openrcm.claim.persistence.PatientEntryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: a batch of posted payments applied as {@link PaymentPostingService} applies one, in one pass. The
 * payments seen before are read with one query and the batch's claims with another (locked in id order); each payment
 * is applied in the batch's order to the claim in memory, so two payments for one claim apply one after the other;
 * the claims' rows, the payments, the status history and the outbox are then written with one batch each.
 */
@ApplicationScoped
public class PaymentBatchService {

    private static final Logger LOG = Logger.getLogger(PaymentBatchService.class);

    private final ClaimBatchStore store;
    private final ClaimEventPublisher publisher;
    private final PatientEntryStore patientEntries;
    private final Clock clock;

    @Inject
    public PaymentBatchService(ClaimBatchStore store, ClaimEventPublisher publisher, PatientEntryStore patientEntries,
            Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.patientEntries = patientEntries;
        this.clock = clock;
    }

    /**
     * Applies the payments in their order; a payment applied before, or earlier in the batch, changes nothing.
     *
     * @return how many were applied
     * @throws ClaimRuleException as {@link PaymentPostingService#apply} would for one of them; nothing is written
     */
    @Transactional
    public int applyAll(List<PostedPayment> batch) {
        Set<UUID> seen = store.appliedPayments(batch.stream().map(p -> p.payment().posting().paymentId()).toList());
        Set<UUID> claimIds = new LinkedHashSet<>();
        for (PostedPayment p : batch) {
            if (!seen.contains(p.payment().posting().paymentId())) {
                claimIds.add(p.payment().claimId());
            }
        }
        Map<UUID, Claim> claims = store.lockAll(claimIds);
        PatientEntries entries = new PatientEntries(claims.keySet());
        ClaimChanges changes = store.changes();
        ClaimEventBatch events = new ClaimEventBatch();
        Set<UUID> touched = new HashSet<>();
        int applied = 0;
        for (PostedPayment p : batch) {
            PaymentPosting posting = p.payment().posting();
            UUID claimId = p.payment().claimId();
            if (!seen.add(posting.paymentId())) {
                LOG.debugf("Payment %s was applied to claim %s already; this delivery changes nothing",
                        posting.paymentId(), claimId);
                continue;
            }
            Claim claim = claims.get(claimId);
            if (claim == null) {
                throw new ClaimRuleException("payment " + posting.paymentId() + " is for unknown claim " + claimId);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<ClaimDomainEvent> claimEvents = new ArrayList<>(claim.applyPayment(posting,
                    p.payment().remittance(), now));
            if (claim.coordination().responsibility() == Responsibility.PATIENT) {
                // The claim's row is locked since it was read: a copay posted meanwhile waits for this batch.
                claimEvents.addAll(PaymentPostingService.closeIfCollected(claim, entries.of(claimId), now));
            }
            changes.update(claim);
            changes.recordPayment(posting, claimId, p.eventId(), now);
            events.add(claim, claimEvents, p.correlationId() != null ? p.correlationId()
                    : claim.details().correlationId(), p.payment().denialCategory(), entries::of);
            touched.add(claimId);
            applied++;
        }
        if (applied > 0) {
            publisher.publishAll(events, changes);
        }
        LOG.infof("Payment batch: %d payment(s) applied to %d claim(s), %d seen before", applied, touched.size(),
                batch.size() - applied);
        return applied;
    }

    /** The batch's patient entries, read with one query for all its claims when a claim first needs them. */
    private final class PatientEntries {

        private final Set<UUID> claimIds;
        private Map<UUID, List<PatientEntry>> byClaim;

        PatientEntries(Set<UUID> claimIds) {
            this.claimIds = claimIds;
        }

        List<PatientEntry> of(UUID claimId) {
            if (byClaim == null) {
                byClaim = patientEntries.ofClaims(claimIds);
            }
            return byClaim.getOrDefault(claimId, List.of());
        }
    }
}
