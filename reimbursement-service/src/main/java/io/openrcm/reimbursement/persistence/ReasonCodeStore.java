package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code reason_code} table: CARC and RARC lists as loaded; codes are added, never removed. */
@ApplicationScoped
public class ReasonCodeStore {

    @Inject
    EntityManager em;
    @Inject
    ReferenceVersions references;
    private ReferenceCache<Map<String, Set<String>>> byType;

    @PostConstruct
    void cache() {
        byType = references.cache(this::read, "reason_code");
    }

    /** Key of the transaction-scoped advisory lock that serializes the loaders of the lists across instances. */
    static final long LOAD_LOCK_KEY = 0x52434d5f52434f44L;

    /**
     * Adds the codes not known yet; returns how many were new. Every copy of the service loads the shipped lists at
     * start-up, so copies started together on a fresh database load them at the same moment: the lock makes the
     * second wait for the first's commit and then find nothing new (unserialized, their row-by-row inserts waited on
     * each other's uncommitted codes and on the reference_version row the trigger bumps, until one deadlocked or
     * outlived its transaction and failed its start). One statement for the new codes, none when nothing is new,
     * so a restart bumps no reference version.
     */
    public int add(String type, Collection<String> codes, String source, Instant at) {
        if (codes.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS taken").setParameter(1, LOAD_LOCK_KEY)
                .getSingleResult();
        Set<String> known = new HashSet<>();
        for (Object code : em.createNativeQuery("SELECT code FROM reason_code WHERE code_type = ?1")
                .setParameter(1, type).setFlushMode(FlushModeType.COMMIT).getResultList()) {
            known.add((String) code);
        }
        List<String> fresh = codes.stream().filter(code -> !known.contains(code)).distinct().sorted().toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        // Codes are letters and digits (ReasonCodes.load), so a comma-joined list is unambiguous.
        int added = em.createNativeQuery("INSERT INTO reason_code (code_type, code, source, loaded_at)"
                + " SELECT ?1, code, ?3, ?4 FROM unnest(string_to_array(?2, ',')) AS code ON CONFLICT DO NOTHING")
                .setParameter(1, type).setParameter(2, String.join(",", fresh)).setParameter(3, source)
                .setParameter(4, at).executeUpdate();
        if (added > 0) {
            references.changed("reason_code");
        }
        return added;
    }

    /** Those of the codes that are known for the type: from memory until the lists change. */
    public Set<String> known(String type, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> all = byType.get().getOrDefault(type, Set.of());
        Set<String> found = new HashSet<>();
        for (String code : codes) {
            if (all.contains(code)) {
                found.add(code);
            }
        }
        return found;
    }

    private Map<String, Set<String>> read() {
        Map<String, Set<String>> all = new HashMap<>();
        // reason_code is written only by native inserts, which run at once: nothing pending to flush first.
        for (Object row : em.createNativeQuery("SELECT code_type, code FROM reason_code")
                .setFlushMode(FlushModeType.COMMIT).getResultList()) {
            Object[] r = (Object[]) row;
            all.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        return all;
    }

    /** How many codes of each type are loaded. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT code_type, count(*) FROM reason_code GROUP BY code_type")
                .getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }
}
