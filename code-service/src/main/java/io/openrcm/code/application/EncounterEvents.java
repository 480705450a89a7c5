package io.openrcm.code.application;

import io.openrcm.code.domain.Encounter;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Writes the events of encounters to the outbox, inside the transaction that stores them. */
@ApplicationScoped
public class EncounterEvents {

    public static final String AGGREGATE_TYPE = "Encounter";
    public static final String ENCOUNTER_CODED = "EncounterCoded";
    public static final int ENCOUNTER_CODED_VERSION = 1;

    private final Outbox outbox;

    @Inject
    public EncounterEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** EncounterCoded for a newly coded encounter, keyed by its id, carrying its correlation id. */
    public void coded(Encounter encounter) {
        codedAll(List.of(encounter));
    }

    /** EncounterCoded for each of the newly coded encounters, in order, with one outbox insert. */
    public void codedAll(List<Encounter> encounters) {
        if (encounters.isEmpty()) {
            return;
        }
        outbox.appendAll(encounters.stream().map(e -> new Outbox.NewEvent(Topics.ENCOUNTER_CODED, AGGREGATE_TYPE,
                e.id().toString(), ENCOUNTER_CODED, ENCOUNTER_CODED_VERSION, EncounterCodedPayload.of(e),
                e.correlationId())).toList());
    }
}
