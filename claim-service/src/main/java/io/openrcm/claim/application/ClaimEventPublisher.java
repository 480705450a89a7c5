package io.openrcm.claim.application;

import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.claim.domain.ClaimSubmitted;
import io.openrcm.claim.persistence.ClaimChanges;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.domain.PatientBalance;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.claim.persistence.PatientEntryStore;
import io.openrcm.kernel.Money;
import io.openrcm.platform.eventing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Turns the domain events a claim returned into outbox rows (keyed by claim id, so one claim's events stay in
 * order) and status history entries, in the caller's transaction.
 */
@ApplicationScoped
public class ClaimEventPublisher {

    static final String AGGREGATE_TYPE = "Claim";
    static final String CLAIM_SUBMITTED = "ClaimSubmitted";
    static final String CLAIM_STATUS_CHANGED = "ClaimStatusChanged";
    static final int VERSION = 1;

    private final Outbox outbox;
    private final ClaimStore store;
    private final PatientEntryStore patientEntries;
    private final Event<ClaimsBecameReady> readyClaims;

    @Inject
    public ClaimEventPublisher(Outbox outbox, ClaimStore store, PatientEntryStore patientEntries,
            Event<ClaimsBecameReady> readyClaims) {
        this.outbox = outbox;
        this.store = store;
        this.patientEntries = patientEntries;
        this.readyClaims = readyClaims;
    }

    /** Records and publishes each event, in order, with the correlation id of the event that caused them. */
    public void publish(Claim claim, List<ClaimDomainEvent> events, String correlationId) {
        publish(claim, events, correlationId, null);
    }

    /** As {@link #publish(Claim, List, String)}, with the payer's denial category of the remittance behind it. */
    public void publish(Claim claim, List<ClaimDomainEvent> events, String correlationId, String denialCategory) {
        ClaimEventBatch batch = new ClaimEventBatch();
        batch.add(claim, events, correlationId, denialCategory, patientEntries::ofClaim);
        batch.statusChanges().forEach(store::recordStatusChange);
        // One outbox insert for the claim's events, in their order.
        outbox.appendAll(batch.rows());
        ClaimsBecameReady.announce(batch, readyClaims);
    }

    /**
     * Writes a set-based use case's events: their status history goes into {@code changes}, which is written, and
     * all their outbox rows with one insert.
     */
    void publishAll(ClaimEventBatch batch, ClaimChanges changes) {
        changes.recordStatusChanges(batch.statusChanges());
        changes.write();
        outbox.appendAll(batch.rows());
        ClaimsBecameReady.announce(batch, readyClaims);
    }


    static ClaimSubmittedPayload submitted(Claim claim, ClaimSubmitted event) {
        ClaimDetails d = claim.details();
        List<ClaimSubmittedPayload.Line> lines = d.lines().stream()
                .map(l -> new ClaimSubmittedPayload.Line(l.lineNumber(), l.code(), l.modifiers(), l.units(),
                        l.charge().toString(), l.dateOfService()))
                .toList();
        return new ClaimSubmittedPayload(claim.id().toString(), d.encounterId().toString(), d.patient().id(),
                d.payerId(), d.billingProviderNpi(), d.dateOfService(), d.totalCharge().toString(), lines,
                event.occurredAt(), event.submissionId().toString(), claim.correction().frequencyCode(),
                claim.correction().originalClaimId() == null ? null : claim.correction().originalClaimId().toString(),
                claim.correction().payerClaimControlNumber());
    }

    /** What the patient owes after the change: 0.00 while a payer has the claim. */
    static Money patientBalance(ClaimStatusChanged e, List<PatientEntry> entries) {
        return new PatientBalance(e.claimId(), e.responsibility() == Responsibility.PATIENT,
                e.balance().patientResponsibility(), entries).owed();
    }

    static ClaimStatusChangedPayload statusChanged(Claim claim, ClaimStatusChanged e, String denialCategory) {
        return statusChanged(claim, e, denialCategory, Money.ZERO);
    }

    static ClaimStatusChangedPayload statusChanged(Claim claim, ClaimStatusChanged e, String denialCategory,
            Money patientBalance) {
        ClaimDetails d = claim.details();
        Balance b = e.balance();
        return new ClaimStatusChangedPayload(e.claimId().toString(), d.encounterId().toString(), d.payerId(),
                d.billingProviderNpi(), e.from() == null ? null : e.from().name(), e.to().name(), e.reason(),
                e.reasonCodes(), b.totalCharge().toString(), b.paid().toString(), b.adjustments().toString(),
                b.patientResponsibility().toString(), b.owed().toString(), e.occurredAt(),
                d.renderingProviderNpi(), d.dateOfService(), claim.submittedAt(), claim.correction().frequencyCode(),
                e.to() == ClaimStatus.DENIED ? denialCategory : null, b.credit().toString(),
                claim.reviewReason() == null ? null : claim.reviewReason().name(), e.responsibility().name(),
                patientBalance.toString());
    }
}
