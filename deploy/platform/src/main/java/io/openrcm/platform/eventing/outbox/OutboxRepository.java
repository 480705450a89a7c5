package io.openrcm.platform.eventing.outbox;

import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.SetLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * SQL for the {@code outbox_event} table. Each service's Flyway migrations create the table (see this module's
 * README for the DDL); JDBC is used rather than an entity so the library needs no persistence unit of its own.
 */
@ApplicationScoped
public class OutboxRepository {

    /** Key of the transaction-scoped advisory lock held by the one relay that publishes at a time. */
    public static final long RELAY_LOCK_KEY = 0x52434d5f4f555442L;

    private final DataSource dataSource;

    @Inject
    public OutboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(String topic, String aggregateType, EventEnvelope e, String payload) {
        insertAll(List.of(new Pending(topic, aggregateType, e, payload)));
    }

    /** A row to insert. */
    record Pending(String topic, String aggregateType, EventEnvelope envelope, String payload) {
    }

    /** Inserts the rows with one JDBC batch (one multi-row INSERT where the driver rewrites batches). */
    void insertAll(List<Pending> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type,"
                + " event_version, payload, correlation_id, occurred_at) VALUES (?,?,?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, sql, rows, (row, pending) -> {
                EventEnvelope e = pending.envelope();
                row.uuid(e.eventId()).string(pending.topic()).string(pending.aggregateType()).string(e.subject())
                        .string(e.type()).integer(e.version()).string(pending.payload()).string(e.correlationId())
                        .instant(e.time());
            });
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not write " + rows.size() + " outbox event(s) of type "
                    + rows.get(0).envelope().type(), ex);
        }
    }

    /**
     * Takes the relay lock for the current transaction. Only one relay publishes at a time, so events of one
     * aggregate leave in commit order even with several instances running; the others stand by.
     */
    boolean tryRelayLock() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, RELAY_LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * The oldest unpublished rows, read without row locks: the caller holds the relay lock ({@link #tryRelayLock}), so
     * no other relay reads or deletes them meanwhile, and nothing else writes an unpublished row that is not parked.
     * A row lock would write a WAL record and dirty the row's page for every event, just before the row is deleted.
     */
    List<OutboxRow> unsent(int limit, String source) throws SQLException {
        String sql = "SELECT id, event_id, topic, aggregate_id, event_type, event_version, payload, correlation_id,"
                + " occurred_at FROM outbox_event WHERE sent_at IS NULL AND parked_at IS NULL ORDER BY id LIMIT ?";
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventEnvelope envelope = new EventEnvelope(rs.getObject(2, UUID.class), rs.getString(5),
                            rs.getInt(6), source, rs.getTimestamp(9).toInstant(), rs.getString(4), rs.getString(8));
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(3), envelope, rs.getString(7)));
                }
            }
        }
        return rows;
    }

    /**
     * Deletes rows Kafka acknowledged: a delete logs a few bytes per row, where marking a row sent writes a new version
     * of the whole row (payload included) and an entry in each of its indexes, and the janitor deletes it later anyway.
     */
    void deletePublished(List<Long> ids) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = SetLookup.prepare(c, "DELETE FROM outbox_event WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        }
    }

    /** Marks rows Kafka acknowledged as sent, for an {@code outbox.retention}: the janitor deletes them after it. */
    void markSent(List<Long> ids, Instant sentAt) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = SetLookup.prepare(c, "UPDATE outbox_event SET sent_at = ? WHERE id = ANY (?)")) {
            ps.setTimestamp(1, Timestamp.from(sentAt));
            ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        }
    }

    /** Parks a row the broker refused for good: the relay skips it from now on and goes on with later rows. */
    void markParked(long id, String reason, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET parked_at = ?, park_reason = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, reason);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** Rows the broker refused and the relay parked: what rcm_parked_events{consumer="outbox-relay"} shows. */
    public long parked() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND parked_at IS NOT NULL"
                                + " AND discarded_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes published rows older than the cutoff; returns how many. */
    int purgeSentBefore(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            return ps.executeUpdate();
        }
    }

    /** Unpublished rows: the backlog an operator watches. */
    public long backlog() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND parked_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
