package io.openrcm.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The sequential scans PostgreSQL counted on a table in the current transaction of a connection
 * ({@code pg_stat_xact_user_tables}). A test fills a table with enough rows for the planner's choice to mean something,
 * runs a repository's real query in that same transaction and proves, by a count that did not move, that the query
 * read the table through an index. The count sees the statements the code really sends, ORM ones included.
 */
public final class SequentialScans {

    private SequentialScans() {
    }

    /** Sequential scans of the table so far in the connection's current transaction. */
    public static long of(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_xact_user_tables WHERE relname = ?")) {
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
