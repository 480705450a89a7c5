package io.openrcm.code.persistence;

import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterKey;
import io.openrcm.code.domain.KnownEncounter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores and reads encounters, speaking domain {@link Encounter}s to its callers; must run in a transaction. */
@ApplicationScoped
public class EncounterRepository implements PanacheRepositoryBase<EncounterEntity, UUID> {

    /** Name of the unique constraint on the idempotency key (EHR encounter id, practice), as the migration made it. */
    public static final String EHR_ENCOUNTER_ID_CONSTRAINT = "uq_encounter_practice_ehr_encounter_id";

    @Inject
    EncounterInserts inserts;
    @Inject
    EncounterKeyLookup keyLookup;

    /**
     * Inserts the encounters at once (one JDBC batch per table), so a concurrent insert of the same EHR encounter id
     * fails here, on {@link #EHR_ENCOUNTER_ID_CONSTRAINT}, before anything else happens in the transaction.
     */
    public void add(List<Encounter> encounters) {
        inserts.insert(encounters);
    }

    /** Writes the new state of an encounter already stored. */
    public void update(Encounter encounter) {
        EncounterEntity row = findById(encounter.id());
        row.update(encounter);
        flush();
    }

    /** The encounter with that id, locked for update. */
    public Optional<Encounter> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE))
                .map(EncounterEntity::toDomain);
    }

    /** A page of the coder queue, oldest first, and how many match in all. */
    public QueuePage queue(List<String> statuses, String payerId, String reason, String claimedBy,
            Set<String> practices, int offset, int limit) {
        StringBuilder where = new StringBuilder("status in ?1 and billingProviderNpi in ?2");
        List<Object> params = new ArrayList<>();
        params.add(statuses);
        params.add(inList(practices));
        if (payerId != null) {
            params.add(payerId);
            where.append(" and payerId = ?").append(params.size());
        }
        if (reason != null) {
            params.add(reason);
            where.append(" and reviewReason = ?").append(params.size());
        }
        if (claimedBy != null) {
            params.add(claimedBy);
            where.append(" and claimedBy = ?").append(params.size());
        }
        Object[] args = params.toArray();
        long total = count(where.toString(), args);
        List<Encounter> items = find(where + " order by receivedAt, id", args).range(offset, offset + limit - 1)
                .list().stream().map(EncounterEntity::toDomain).toList();
        return new QueuePage(items, total);
    }

    /** Encounters of the queue and how many match. */
    public record QueuePage(List<Encounter> items, long total) {
    }

    /** The encounter with that id. */
    public Optional<Encounter> findEncounter(UUID id) {
        return findByIdOptional(id).map(EncounterEntity::toDomain);
    }

    /** The encounter with that id if it is of one of the practices (billing-provider NPIs). */
    public Optional<Encounter> findEncounter(UUID id, Set<String> practices) {
        return find("id = ?1 and billingProviderNpi in ?2", id, inList(practices)).firstResultOptional()
                .map(EncounterEntity::toDomain);
    }

    /** The encounter created for that EHR encounter id if it is of one of the practices. */
    public Optional<Encounter> findByEhrEncounterId(String ehrEncounterId, Set<String> practices) {
        return find("ehrEncounterId = ?1 and billingProviderNpi in ?2", ehrEncounterId, inList(practices))
                .firstResultOptional().map(EncounterEntity::toDomain);
    }

    /** The practices as an IN list: a value no NPI holds stands for "none", so no practice means no row. */
    private static List<String> inList(Set<String> practices) {
        return practices.isEmpty() ? List.of("-") : List.copyOf(practices);
    }

    /** The encounter this practice's EHR created under that id (the idempotency key); another practice's is not it. */
    public Optional<Encounter> findByKey(EncounterKey key) {
        return find("ehrEncounterId = ?1 and billingProviderNpi = ?2", key.ehrEncounterId(), key.billingProviderNpi())
                .firstResultOptional().map(EncounterEntity::toDomain);
    }

    /**
     * The encounters already stored under any of these keys, as far as deciding on a new request needs (id and
     * request fingerprint), by key; one statement whatever the number of keys.
     */
    public Map<EncounterKey, KnownEncounter> findKnown(Set<EncounterKey> keys) {
        return keyLookup.known(keys);
    }

    /** The encounters with these ids, by id; for the few a batch repeats, so read whole through the mapping. */
    public Map<UUID, Encounter> findEncounters(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", List.copyOf(ids)).stream().map(EncounterEntity::toDomain)
                .collect(Collectors.toMap(Encounter::id, Function.identity()));
    }
}
