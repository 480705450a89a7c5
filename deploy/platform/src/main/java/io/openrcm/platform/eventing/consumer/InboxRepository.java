package io.openrcm.platform.eventing.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The {@code processed_event} table: {@code (consumer, event_id)} under a primary key, inserted first in the
 * handler's transaction. A redelivered event finds its row and changes nothing.
 */
@ApplicationScoped
public class InboxRepository {

    private final AgroalDataSource dataSource;

    @Inject
    public InboxRepository(AgroalDataSource dataSource) {
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
