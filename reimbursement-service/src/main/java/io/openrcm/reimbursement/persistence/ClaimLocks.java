package io.openrcm.reimbursement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Serializes work on one claim id across transactions with a transaction-scoped PostgreSQL advisory lock.
 *
 * <p>A remittance checks whether its claims are known while claim-submitted may be recording one of them; without
 * the lock each could miss the other's uncommitted row and the payment would wait forever. The two-key form keeps
 * these locks apart from the outbox relay's single-key lock.
 */
@ApplicationScoped
public class ClaimLocks {

    /** First key of every claim lock: "RB" (reimbursement). */
    static final int NAMESPACE = 0x5242;

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    /** Waits for the lock of the claim id; it is released when the current transaction ends. */
    public void lock(String claimId) {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) AS locked")
                .setParameter(1, NAMESPACE)
                .setParameter(2, claimId)
                .getSingleResult();
    }

    /**
     * Waits for the locks of all the claim ids with one statement, taken in the order given: callers pass them
     * sorted, so two transactions that share claims lock them in the same order and never deadlock.
     */
    public void lockAll(List<String> sortedClaimIds) {
        if (sortedClaimIds.isEmpty()) {
            return;
        }
        if (sortedClaimIds.size() == 1) {
            lock(sortedClaimIds.get(0));
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(pg_advisory_xact_lock(?, hashtext(t.id))) FROM (SELECT id, n"
                        + " FROM unnest(?::text[]) WITH ORDINALITY AS u(id, n) ORDER BY n) AS t")) {
            ps.setInt(1, NAMESPACE);
            ps.setArray(2, c.createArrayOf("text", sortedClaimIds.toArray()));
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new JdbcFailure("locking claims", e);
        }
    }
}
