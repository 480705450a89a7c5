package io.openrcm.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a connection's current transaction read a table so far, as PostgreSQL counted it
 * ({@code pg_stat_xact_user_tables}). A test fills a table with enough rows for the planner's choice to mean something,
 * runs a repository's real query in that same transaction and proves, by counts that did not move (no sequential
 * scan) or barely moved (a handful of rows fetched, not a walk through a whole index), that the query read the table
 * through an index. The counts see the statements the code really sends, ORM ones included.
 */
public final class TableReads {

    private TableReads() {
    }

    /** Sequential scans of the table so far in the connection's current transaction. */
    public static long sequentialScans(Connection c, String table) throws SQLException {
        return stat(c, "seq_scan", table);
    }

    /** Rows of the table read so far in the connection's current transaction, by sequential and index scans. */
    public static long rowsRead(Connection c, String table) throws SQLException {
        return stat(c, "seq_tup_read + idx_tup_fetch", table);
    }

    private static long stat(Connection c, String counters, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(" + counters + "), 0)"
                + " FROM pg_stat_xact_user_tables WHERE relname = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Adds {@code rows} rows to {@code outbox_event} as a running service has them: one published per second until now,
     * but the last 50, two of which the relay parked. Analyzes the table. Meant for a transaction the test rolls back.
     */
    public static void fillOutbox(Connection c, int rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (event_id, topic, aggregate_type,"
                + " aggregate_id, event_type, event_version, payload, occurred_at, sent_at, parked_at, park_reason)"
                + " SELECT gen_random_uuid(), 'rcm.test.filler.v1', 'Filler', 'filler-' || g, 'Filled', 1, '{}',"
                + " now() - (? - g) * interval '1 second', CASE WHEN g <= ? - 50 THEN now() - (? - g) * interval"
                + " '1 second' END, CASE WHEN g > ? - 2 THEN now() END, CASE WHEN g > ? - 2 THEN 'test' END"
                + " FROM generate_series(1, ?) g")) {
            for (int i = 1; i <= 6; i++) {
                ps.setInt(i, rows);
            }
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE outbox_event");
        }
    }
}
