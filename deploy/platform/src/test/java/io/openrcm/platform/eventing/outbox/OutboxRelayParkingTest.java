package io.openrcm.platform.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openrcm.infra.SharedTestInfrastructure;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Issue 13: a row the broker refuses for good (here: too large) is parked and the relay goes on with later rows. */
class OutboxRelayParkingTest {

    @Test
    void aRecordTooLargeIsParkedAndTheRowsAfterItArePublished() throws Exception {
        SharedTestInfrastructure.Endpoints infra = SharedTestInfrastructure.endpoints();
        PGSimpleDataSource dataSource = PlatformSchema.migratedDatabase("platform_relay");
        String topic = "rcm.test.relay-" + UUID.randomUUID() + ".v1";
        infra.createTopics(List.of(topic), 1);
        OutboxRepository repository = new OutboxRepository(dataSource);
        repository.insert(topic, "Test", envelope(), "{\"n\":1}");
        repository.insert(topic, "Test", envelope(), "{\"big\":\"" + "x".repeat(2_000_000) + "\"}");
        repository.insert(topic, "Test", envelope(), "{\"n\":3}");
        OutboxRelay relay = new OutboxRelay(repository, new KafkaClients(infra.kafkaAdminClientProperties()),
                RelayConfigs.of(500, Duration.ofMillis(100), Duration.ZERO), new SimpleMeterRegistry());

        int sent = relay.publishOneBatch();

        assertThat(sent).isEqualTo(2);
        assertThat(repository.backlog()).isZero();
        assertThat(repository.parked()).isEqualTo(1);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT park_reason FROM outbox_event WHERE parked_at IS NOT NULL")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("RecordTooLargeException");
        }
        assertThat(relay.publishOneBatch()).isZero();
    }

    private static EventEnvelope envelope() {
        return new EventEnvelope(UUID.randomUUID(), "Tested", 1, "/test", Instant.now(), "agg-1", null);
    }
}
