package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * Loads and writes the claims of a set-based use case: one query reads them all, and their changes go back with one
 * JDBC batch per table ({@link ClaimChanges}). The claims it loads are not left in the session: their rows are
 * written by JDBC, so a managed copy would be stale, and dirty-checking it would cost what this saves.
 */
@ApplicationScoped
public class ClaimBatchStore {

    private final ClaimRepository claims;
    private final ClaimRowWriter writer;

    @Inject
    public ClaimBatchStore(ClaimRepository claims, ClaimRowWriter writer) {
        this.claims = claims;
        this.writer = writer;
    }

    /**
     * The claims with these ids that exist, their rows locked for this transaction in id order (two batches that
     * share claims wait for each other instead of deadlocking), by id.
     */
    public Map<UUID, Claim> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ClaimEntity> rows = em().createQuery("from ClaimEntity c where c.id in :ids order by c.id",
                ClaimEntity.class).setParameter("ids", new HashSet<>(ids))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        Map<UUID, Claim> found = new HashMap<>();
        rows.forEach(e -> found.put(e.id, ClaimStore.toDomain(e)));
        rows.forEach(em()::detach);
        return found;
    }

    /** The claims with these ids that exist, in the ids' order (the caller holds their locks); one query. */
    public List<Claim> loadAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ClaimEntity> rows = em().createQuery("from ClaimEntity c where c.id in :ids", ClaimEntity.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        Map<UUID, Claim> found = new HashMap<>();
        rows.forEach(e -> found.put(e.id, ClaimStore.toDomain(e)));
        rows.forEach(em()::detach);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Of these payment ids, those applied already; one query. */
    public Set<UUID> appliedPayments(Collection<UUID> paymentIds) {
        if (paymentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em().createQuery("select p.paymentId from ClaimPaymentEntity p where p.paymentId in :ids",
                UUID.class).setParameter("ids", new HashSet<>(paymentIds)).getResultList());
    }

    /** An empty set of changes to gather and write at once. */
    public ClaimChanges changes() {
        // The session is flushed before the JDBC batches: rows they refer to (a new submission) must exist first.
        return new ClaimChanges(writer, () -> em().flush());
    }

    private EntityManager em() {
        return claims.getEntityManager();
    }
}
