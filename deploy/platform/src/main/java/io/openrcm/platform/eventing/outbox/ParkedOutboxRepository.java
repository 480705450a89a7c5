package io.openrcm.platform.eventing.outbox;

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
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** SQL for the outbox rows the relay parked, and their append-only audit {@code outbox_event_action}. */
@ApplicationScoped
public class ParkedOutboxRepository {

    private static final String COLUMNS = "id, event_id, topic, event_type, aggregate_id, park_reason, occurred_at,"
            + " parked_at, discarded_at";
    private static final String PARKED = " sent_at IS NULL AND parked_at IS NOT NULL AND discarded_at IS NULL";

    private final DataSource dataSource;

    @Inject
    public ParkedOutboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows waiting for an operator, oldest first (the order the relay would have published them in). */
    public List<ParkedOutboxRow> list(int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM outbox_event WHERE" + PARKED + " ORDER BY id LIMIT ?")) {
            ps.setInt(1, limit);
            return read(ps);
        }
    }

    /** One row, locked for the caller's transaction, whatever its state. */
    public Optional<ParkedOutboxRow> lock(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM outbox_event WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    /** Hands a parked row back to the relay: it is published with the next batch (or parked again if refused). */
    public void unpark(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET parked_at = NULL, park_reason = NULL WHERE id = ? AND" + PARKED)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Closes a parked row without publishing it; the row stays for the audit. */
    public void discard(long id, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET discarded_at = ? WHERE id = ? AND" + PARKED)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Appends one audit row. */
    public void audit(ParkedOutboxRow row, String action, String actor, String reason, Instant at)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_event_action (outbox_event_id, event_id, action, actor, reason, acted_at)"
                        + " VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, row.id());
            ps.setObject(2, row.eventId());
            ps.setString(3, action);
            ps.setString(4, actor);
            ps.setString(5, reason);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    private static List<ParkedOutboxRow> read(PreparedStatement ps) throws SQLException {
        List<ParkedOutboxRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new ParkedOutboxRow(rs.getLong("id"), rs.getObject("event_id", UUID.class),
                        rs.getString("topic"), rs.getString("event_type"), rs.getString("aggregate_id"),
                        rs.getString("park_reason"), instant(rs.getTimestamp("occurred_at")),
                        instant(rs.getTimestamp("parked_at")), instant(rs.getTimestamp("discarded_at"))));
            }
        }
        return rows;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
