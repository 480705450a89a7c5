package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.claim.domain.ClaimSubmitted;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.Outbox;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The outbox rows and status history entries of claims' domain events, gathered in order. Each event's payload is
 * made when it is added, from the claim as it is then: a claim changed twice in a batch publishes both states. The
 * history gets every status change; the outbox gets what {@link PublishedChanges} publishes (a new claim once).
 */
final class ClaimEventBatch {

    private final List<Outbox.NewEvent> rows = new ArrayList<>();
    private final List<ClaimStatusChanged> statusChanges = new ArrayList<>();

    /**
     * Adds the claim's events.
     *
     * @param entries the patient entries of a claim, asked only when a change leaves the claim with the patient
     */
    void add(Claim claim, List<ClaimDomainEvent> events, String correlationId, String denialCategory,
            Function<UUID, List<PatientEntry>> entries) {
        List<PatientEntry> patient = events.stream().anyMatch(e -> e instanceof ClaimStatusChanged c
                && c.responsibility() == Responsibility.PATIENT) ? entries.apply(claim.id()) : List.of();
        String key = claim.id().toString();
        for (ClaimDomainEvent event : events) {
            if (event instanceof ClaimStatusChanged changed) {
                statusChanges.add(changed);
            }
        }
        for (ClaimDomainEvent event : PublishedChanges.of(events)) {
            if (event instanceof ClaimStatusChanged changed) {
                rows.add(new Outbox.NewEvent(Topics.CLAIM_STATUS, ClaimEventPublisher.AGGREGATE_TYPE, key,
                        ClaimEventPublisher.CLAIM_STATUS_CHANGED, ClaimEventPublisher.VERSION,
                        ClaimEventPublisher.statusChanged(claim, changed, denialCategory,
                                ClaimEventPublisher.patientBalance(changed, patient)), correlationId));
            } else if (event instanceof ClaimSubmitted submitted) {
                rows.add(new Outbox.NewEvent(Topics.CLAIM_SUBMITTED, ClaimEventPublisher.AGGREGATE_TYPE, key,
                        ClaimEventPublisher.CLAIM_SUBMITTED, ClaimEventPublisher.VERSION,
                        ClaimEventPublisher.submitted(claim, submitted), correlationId));
            }
        }
    }

    /** The outbox rows, in the order of their events. */
    List<Outbox.NewEvent> rows() {
        return rows;
    }

    /** Whether a claim moved to READY: the submission scheduler is woken once this batch commits. */
    boolean madeReady() {
        return statusChanges.stream().anyMatch(c -> c.to() == ClaimStatus.READY);
    }

    /** The status changes, for the claims' history, in order. */
    List<ClaimStatusChanged> statusChanges() {
        return statusChanges;
    }
}
