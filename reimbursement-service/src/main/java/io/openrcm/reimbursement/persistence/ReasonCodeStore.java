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

    /** Adds the codes not known yet; returns how many were new. */
    public int add(String type, Collection<String> codes, String source, Instant at) {
        int added = 0;
        for (String code : codes) {
            added += em.createNativeQuery("INSERT INTO reason_code (code_type, code, source, loaded_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                    .setParameter(1, type).setParameter(2, code).setParameter(3, source).setParameter(4, at)
                    .executeUpdate();
        }
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
