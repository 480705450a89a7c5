package io.openrcm.reimbursement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.Collection;
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

    /** Adds the codes not known yet; returns how many were new. */
    public int add(String type, Collection<String> codes, String source, Instant at) {
        int added = 0;
        for (String code : codes) {
            added += em.createNativeQuery("INSERT INTO reason_code (code_type, code, source, loaded_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                    .setParameter(1, type).setParameter(2, code).setParameter(3, source).setParameter(4, at)
                    .executeUpdate();
        }
        return added;
    }

    /** Those of the codes that are known for the type. */
    public Set<String> known(String type, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        // A native query would otherwise flush every pending entity of the posting first; reason_code is written only
        // by native inserts, which run at once, so nothing pending can change this answer.
        List<String> found = em.createNativeQuery("SELECT code FROM reason_code WHERE code_type = ?1 AND code IN (?2)")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, type).setParameter(2, codes).getResultList();
        return new HashSet<>(found);
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
