package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.claim.persistence.ClaimInserts;
import io.openrcm.claim.persistence.PatientEntryStore;
import io.openrcm.platform.eventing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link ClaimEventPublisher} for a batch of claims: the same outbox rows and status history entries, written with
 * one outbox insert and one history batch for the whole batch, in the caller's transaction.
 */
@ApplicationScoped
public class ClaimBatchPublisher {

    private final Outbox outbox;
    private final ClaimInserts inserts;
    private final PatientEntryStore patientEntries;
    private final Event<ClaimsBecameReady> readyClaims;

    @Inject
    public ClaimBatchPublisher(Outbox outbox, ClaimInserts inserts, PatientEntryStore patientEntries,
            Event<ClaimsBecameReady> readyClaims) {
        this.outbox = outbox;
        this.inserts = inserts;
        this.patientEntries = patientEntries;
        this.readyClaims = readyClaims;
    }

    /**
     * The events one claim returned, with the correlation id of the event that caused them.
     *
     * @param claim the claim after the events
     * @param events its events, in order
     * @param correlationId carried by every event of the claim
     */
    public record ClaimEvents(Claim claim, List<ClaimDomainEvent> events, String correlationId) {
    }

    /** Records and publishes each claim's events, claim after claim, each claim's in order. */
    public void publishAll(List<ClaimEvents> batch) {
        // The patient's entries are read (for all claims at once) only when a change leaves a claim with the patient.
        List<UUID> withPatient = batch.stream().filter(c -> c.events().stream().anyMatch(e ->
                e instanceof ClaimStatusChanged s && s.responsibility() == Responsibility.PATIENT))
                .map(c -> c.claim().id()).toList();
        Map<UUID, List<PatientEntry>> entries = patientEntries.ofClaims(withPatient);
        ClaimEventBatch events = new ClaimEventBatch();
        for (ClaimEvents c : batch) {
            events.add(c.claim(), c.events(), c.correlationId(), null, id -> entries.getOrDefault(id, List.of()));
        }
        inserts.insertStatusChanges(events.statusChanges());
        outbox.appendAll(events.rows());
        ClaimsBecameReady.announce(events, readyClaims);
    }
}
