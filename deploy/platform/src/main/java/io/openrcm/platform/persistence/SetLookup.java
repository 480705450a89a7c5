package io.openrcm.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * A statement over a set of keys (a batch's ids as an array, {@code = ANY (?)} or a join with {@code unnest}) on a
 * table that grows: planned by the server on every execution for the keys it is given, never run from a plan the
 * server cached.
 *
 * <p>Why: the driver turns a statement run five times on a connection into a server-prepared one, and the server then
 * keeps a generic plan (one for any parameter values) once it costs no more than the plans made for the values. Made
 * while the table was small (a fresh database, a new practice's first minutes), that plan reads the whole table, and
 * it stays in the connection's cache after the table has grown, since only a change of the table's statistics replans
 * it. The benchmark caught claim-service reading all of {@code claim_line} for every submission batch (42 times, 71 ms
 * each) and reimbursement-service all of {@code expected_claim} for every claim-submitted batch (about 45 ms each).
 * Planning a statement over a batch costs a fraction of a millisecond, once per batch.
 *
 * <p>The driver keeps one server statement per SQL text and connection: a text prepared here must not also be prepared
 * the default way elsewhere, or the named statement (and its cached plan) is what runs.
 */
public final class SetLookup {

    private SetLookup() {
    }

    /** Prepares the statement to be sent unnamed, so that the server plans it for the values of each execution. */
    public static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.unwrap(PGStatement.class).setPrepareThreshold(0);
        return ps;
    }
}
