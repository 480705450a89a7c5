package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    private final Sql sql;

    @Inject
    public ClaimLocks(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Waits for the lock of the claim id; it is released when the current transaction ends. */
    public void lock(String claimId) {
        sql.count("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) AS locked",
                row -> row.integer(NAMESPACE).string(claimId));
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
        sql.count("SELECT count(pg_advisory_xact_lock(?, hashtext(t.id))) FROM (SELECT id, n"
                + " FROM unnest(?::text[]) WITH ORDINALITY AS u(id, n) ORDER BY n) AS t",
                row -> row.integer(NAMESPACE).strings(sortedClaimIds));
    }
}
