package io.openrcm.platform.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openrcm.infra.SharedTestInfrastructure;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 14: what a relay round writes to PostgreSQL's WAL for the outbox table, read back with {@code pg_walinspect}
 * (shipped with PostgreSQL; the test is skipped where the server lacks it). The relay lock keeps every other relay away
 * from the rows, so a round reads them without row locks: a lock wrote one heap record per event and dirtied its page,
 * just before the row was deleted.
 */
class OutboxRelayWalTest {

    @Test
    void aRoundDeletesItsRowsWithoutLockingThemFirst() throws Exception {
        SharedTestInfrastructure.Endpoints infra = SharedTestInfrastructure.endpoints();
        PGSimpleDataSource dataSource = PlatformSchema.migratedDatabase("platform_relay_wal");
        assumeTrue(walInspect(dataSource), "this PostgreSQL server has no pg_walinspect");
        String topic = "rcm.test.relay-wal-" + UUID.randomUUID() + ".v1";
        infra.createTopics(List.of(topic), 1);
        OutboxRepository repository = new OutboxRepository(dataSource);
        for (int i = 0; i < 3; i++) {
            repository.insert(topic, "Test", new EventEnvelope(UUID.randomUUID(), "Tested", 1, "/test", Instant.now(),
                    "agg-1", null), "{\"n\":" + i + "}");
        }
        OutboxRelay relay = new OutboxRelay(repository, new KafkaClients(infra.kafkaAdminClientProperties()),
                RelayConfigs.of(500, Duration.ofMillis(100), Duration.ZERO, Duration.ZERO), new SimpleMeterRegistry());
        String from = flushedPosition(dataSource);

        assertThat(relay.publishOneBatch()).isEqualTo(3);

        Map<String, Integer> records = heapRecordsOfOutbox(dataSource, from, flushedPosition(dataSource));
        assertThat(records).as("heap records of outbox_event in the round").containsEntry("DELETE", 3)
                .doesNotContainKey("LOCK");
    }

    private static boolean walInspect(PGSimpleDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The WAL position written so far, once it is flushed (the server may commit asynchronously; pg_walinspect reads
     * only what is flushed, which the WAL writer does within a fraction of a second).
     */
    private static String flushedPosition(PGSimpleDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String written;
            try (ResultSet rs = s.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
                rs.next();
                written = rs.getString(1);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_current_wal_flush_lsn() >= ?::pg_lsn")) {
                    ps.setString(1, written);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            return written;
                        }
                    }
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("the WAL up to " + written + " was not flushed within 10 s");
        }
    }

    private static Map<String, Integer> heapRecordsOfOutbox(PGSimpleDataSource dataSource, String from, String to)
            throws SQLException {
        Map<String, Integer> records = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT record_type, count(*) FROM pg_get_wal_block_info(?::pg_lsn, ?::pg_lsn)"
                        + " WHERE resource_manager = 'Heap' AND relfilenode = pg_relation_filenode('outbox_event')"
                        + " AND reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " GROUP BY record_type")) {
            ps.setString(1, from);
            ps.setString(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return records;
    }
}
