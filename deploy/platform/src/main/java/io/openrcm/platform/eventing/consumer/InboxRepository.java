package io.openrcm.platform.eventing.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code processed_event} table: {@code (consumer, event_id)} under a primary key, inserted first in the
 * handler's transaction. A redelivered event finds its row and changes nothing.
 */
@ApplicationScoped
public class InboxRepository {

    private final DataSource dataSource;

    @Inject
    public InboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Forgets processed events older than the cutoff; returns how many rows went. */
    public int purgeProcessedBefore(java.time.Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM processed_event WHERE processed_at < ?")) {
            ps.setTimestamp(1, java.sql.Timestamp.from(cutoff));
            return ps.executeUpdate();
        }
    }

    /**
     * Records the events as processed by the consumer with one statement; returns those that were not yet (each once,
     * even when the list repeats one).
     */
    public Set<UUID> recordFirstDeliveries(String consumer, List<UUID> eventIds) throws SQLException {
        Set<UUID> first = new HashSet<>();
        if (eventIds.isEmpty()) {
            return first;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO processed_event (consumer, event_id, processed_at)"
                        + " SELECT ?, id, now() FROM unnest(?::uuid[]) AS id ON CONFLICT DO NOTHING RETURNING event_id")) {
            ps.setString(1, consumer);
            ps.setArray(2, c.createArrayOf("uuid", eventIds.toArray()));
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    first.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return first;
    }

    /** Records the event as processed by the consumer; false when it already was. */
    public boolean recordFirstDelivery(String consumer, UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO processed_event (consumer, event_id, processed_at)"
                        + " VALUES (?, ?, now()) ON CONFLICT DO NOTHING")) {
            ps.setString(1, consumer);
            ps.setObject(2, eventId);
            return ps.executeUpdate() == 1;
        }
    }
}
