package io.openrcm.platform.eventing.parking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** SQL for {@code parked_event} and its append-only audit {@code parked_event_action} (plain JDBC, like the outbox). */
@ApplicationScoped
public class ParkedEventRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, consumer, topic, partition_no, offset_no, record_key, event_id,"
            + " event_type, headers, payload, reason, attempts, first_failure_at, last_failure_at, status, resolved_at";

    private final DataSource dataSource;

    @Inject
    public ParkedEventRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Parks a record, or counts one more failure on its open row when it was parked already; returns the row id. */
    public long park(ParkedEvent e) throws SQLException {
        String sql = "INSERT INTO parked_event (consumer, topic, partition_no, offset_no, record_key, event_id,"
                + " event_type, headers, payload, reason, attempts, first_failure_at, last_failure_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (consumer, topic, partition_no, offset_no) WHERE status = 'PARKED' DO UPDATE SET"
                + " attempts = parked_event.attempts + EXCLUDED.attempts, reason = EXCLUDED.reason,"
                + " last_failure_at = EXCLUDED.last_failure_at RETURNING id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, e.consumer());
            ps.setString(2, e.topic());
            ps.setInt(3, e.partition());
            ps.setLong(4, e.offset());
            ps.setString(5, e.key());
            ps.setObject(6, e.eventId());
            ps.setString(7, e.eventType());
            ps.setString(8, toJson(e.headers()));
            ps.setString(9, e.payload());
            ps.setString(10, e.reason());
            ps.setInt(11, e.attempts());
            ps.setTimestamp(12, Timestamp.from(e.firstFailure()));
            ps.setTimestamp(13, Timestamp.from(e.lastFailure()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The newest rows first, optionally of one consumer and one status. */
    public List<ParkedEvent> list(String consumer, String status, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM parked_event WHERE (? IS NULL OR consumer = ?)"
                + " AND (? IS NULL OR status = ?) ORDER BY id DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, consumer);
            ps.setString(2, consumer);
            ps.setString(3, status);
            ps.setString(4, status);
            ps.setInt(5, limit);
            return read(ps);
        }
    }

    /** One row, locked for the caller's transaction, so two operators cannot replay it twice. */
    public Optional<ParkedEvent> lock(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM parked_event WHERE id = ?"
                        + " FOR UPDATE")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    /** Closes an open row as replayed or discarded. */
    public void resolve(long id, String status, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE parked_event SET status = ?, resolved_at = ? WHERE id = ? AND status = 'PARKED'")) {
            ps.setString(1, status);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** A replay that failed: one more attempt, the new reason. */
    public void failedAgain(long id, String reason, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE parked_event SET attempts = attempts + 1, reason = ?, last_failure_at = ? WHERE id = ?")) {
            ps.setString(1, reason);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** Appends one audit row. */
    public void audit(long parkedId, String action, String actor, String reason, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO parked_event_action (parked_event_id, action, actor, reason, acted_at)"
                        + " VALUES (?,?,?,?,?)")) {
            ps.setLong(1, parkedId);
            ps.setString(2, action);
            ps.setString(3, actor);
            ps.setString(4, reason);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    /** Open rows of one consumer: what the gauge shows. */
    public long countParked(String consumer) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM parked_event WHERE consumer = ? AND status = 'PARKED'")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<ParkedEvent> read(PreparedStatement ps) throws SQLException {
        List<ParkedEvent> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp resolved = rs.getTimestamp("resolved_at");
                rows.add(new ParkedEvent(rs.getLong("id"), rs.getString("consumer"), rs.getString("topic"),
                        rs.getInt("partition_no"), rs.getLong("offset_no"), rs.getString("record_key"),
                        rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                        fromJson(rs.getString("headers")), rs.getString("payload"), rs.getString("reason"),
                        rs.getInt("attempts"), rs.getTimestamp("first_failure_at").toInstant(),
                        rs.getTimestamp("last_failure_at").toInstant(), rs.getString("status"),
                        resolved == null ? null : resolved.toInstant()));
            }
        }
        return rows;
    }

    private static String toJson(Map<String, String> headers) throws SQLException {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new SQLException("headers could not be written as JSON", e);
        }
    }

    private static Map<String, String> fromJson(String headers) throws SQLException {
        try {
            return JSON.readValue(headers, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("stored headers are not JSON", e);
        }
    }
}
