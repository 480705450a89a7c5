package io.openrcm.platform.clearinghouse;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Lets one copy of a service at a time run a mailbox round: with two copies of claim-service, both would otherwise
 * upload the same pending 837P file (a claim sent twice to the payer) and take the same inbound files. A PostgreSQL
 * session advisory lock, per service and connection, held on a connection of its own for the round and released
 * after it (or by PostgreSQL when the copy dies). A copy that does not get it skips the round: the other one is on it.
 */
@FunctionalInterface
public interface RoundGuard {

    /** Runs the round if no other copy is running one; false when it was skipped. */
    boolean runExclusively(Runnable round);

    /** No guard: a single copy (tests of the mailbox alone). */
    static RoundGuard none() {
        return round -> {
            round.run();
            return true;
        };
    }

    /** The guard of the copies that share this database. */
    static RoundGuard advisoryLock(DataSource dataSource, String name) {
        long key = 0x434c4541_00000000L | (name.hashCode() & 0xffffffffL);
        return round -> {
            try (java.sql.Connection db = dataSource.getConnection()) {
                db.setAutoCommit(true);
                if (!query(db, "SELECT pg_try_advisory_lock(?)", key)) {
                    return false;
                }
                try {
                    round.run();
                    return true;
                } finally {
                    query(db, "SELECT pg_advisory_unlock(?)", key);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Clearinghouse round lock: " + e.getMessage(), e);
            }
        };
    }

    private static boolean query(java.sql.Connection db, String sql, long key) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
