package io.openrcm.code.persistence;

import io.openrcm.code.domain.Encounter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores and reads encounters, speaking domain {@link Encounter}s to its callers; must run in a transaction. */
@ApplicationScoped
public class EncounterRepository implements PanacheRepositoryBase<EncounterEntity, UUID> {

    /** Name of the unique constraint on the idempotency key, as created by the Flyway migration. */
    public static final String EHR_ENCOUNTER_ID_CONSTRAINT = "uq_encounter_ehr_encounter_id";

    /**
     * Inserts the encounters and flushes, so a concurrent insert of the same EHR encounter id fails here, on
     * {@link #EHR_ENCOUNTER_ID_CONSTRAINT}, before anything else happens in the transaction.
     */
    public void add(List<Encounter> encounters) {
        for (Encounter encounter : encounters) {
            persist(EncounterEntity.from(encounter));
        }
        flush();
    }

    /** The encounter with that id. */
    public Optional<Encounter> findEncounter(UUID id) {
        return findByIdOptional(id).map(EncounterEntity::toDomain);
    }

    /** The encounter created for that EHR encounter id. */
    public Optional<Encounter> findByEhrEncounterId(String ehrEncounterId) {
        return find("ehrEncounterId", ehrEncounterId).firstResultOptional().map(EncounterEntity::toDomain);
    }

    /** The encounters already created for any of these EHR encounter ids, by EHR encounter id; one query. */
    public Map<String, Encounter> findByEhrEncounterIds(Collection<String> ehrEncounterIds) {
        if (ehrEncounterIds.isEmpty()) {
            return Map.of();
        }
        return list("ehrEncounterId in ?1", ehrEncounterIds).stream().map(EncounterEntity::toDomain)
                .collect(Collectors.toMap(e -> e.content().ehrEncounterId(), Function.identity()));
    }
}
