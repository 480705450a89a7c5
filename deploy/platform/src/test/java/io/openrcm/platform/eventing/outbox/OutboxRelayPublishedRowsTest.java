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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 14: what the relay does with a row once Kafka acknowledged it. By default it deletes it (the event lives on
 * in its topic; marking it sent rewrote the whole row, payload included, for the janitor to delete later); with an
 * {@code outbox.retention} it marks it sent and keeps it.
 */
class OutboxRelayPublishedRowsTest {

    @Test
    void byDefaultARowKafkaAcknowledgedIsDeletedAndItsEventIsInTheTopic() throws Exception {
        SharedTestInfrastructure.Endpoints infra = SharedTestInfrastructure.endpoints();
        PGSimpleDataSource dataSource = PlatformSchema.migratedDatabase("platform_published");
        String topic = topic(infra);
        OutboxRepository repository = new OutboxRepository(dataSource);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (UUID id : ids) {
            repository.insert(topic, "Test", envelope(id), "{\"id\":\"" + id + "\"}");
        }
        OutboxRelay relay = relay(repository, infra, Duration.ZERO);

        assertThat(relay.publishOneBatch()).isEqualTo(3);

        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event")).as("outbox rows left").isZero();
        assertThat(payloadsIn(infra, topic, 3)).containsExactly("{\"id\":\"" + ids.get(0) + "\"}",
                "{\"id\":\"" + ids.get(1) + "\"}", "{\"id\":\"" + ids.get(2) + "\"}");
        assertThat(relay.publishOneBatch()).as("nothing is published twice").isZero();
    }

    @Test
    void withARetentionARowKafkaAcknowledgedIsKeptMarkedSent() throws Exception {
        SharedTestInfrastructure.Endpoints infra = SharedTestInfrastructure.endpoints();
        PGSimpleDataSource dataSource = PlatformSchema.migratedDatabase("platform_published");
        String topic = topic(infra);
        OutboxRepository repository = new OutboxRepository(dataSource);
        repository.insert(topic, "Test", envelope(UUID.randomUUID()), "{\"n\":1}");
        repository.insert(topic, "Test", envelope(UUID.randomUUID()), "{\"n\":2}");
        OutboxRelay relay = relay(repository, infra, Duration.ofDays(2));

        assertThat(relay.publishOneBatch()).isEqualTo(2);

        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event WHERE sent_at IS NOT NULL")).isEqualTo(2);
        assertThat(repository.backlog()).isZero();
        assertThat(payloadsIn(infra, topic, 2)).containsExactly("{\"n\":1}", "{\"n\":2}");
    }

    private static OutboxRelay relay(OutboxRepository repository, SharedTestInfrastructure.Endpoints infra,
            Duration retention) {
        return new OutboxRelay(repository, new KafkaClients(infra.kafkaAdminClientProperties()),
                RelayConfigs.of(500, Duration.ofMillis(100), Duration.ZERO, retention), new SimpleMeterRegistry());
    }

    private static String topic(SharedTestInfrastructure.Endpoints infra) {
        String topic = "rcm.test.published-" + UUID.randomUUID() + ".v1";
        infra.createTopics(List.of(topic), 1);
        return topic;
    }

    private static List<String> payloadsIn(SharedTestInfrastructure.Endpoints infra, String topic, int expected) {
        Map<String, Object> props = new HashMap<>(infra.kafkaAdminClientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "published-rows-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> payloads = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (payloads.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    payloads.add(r.value());
                }
            }
        }
        return payloads;
    }

    private static long count(PGSimpleDataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static EventEnvelope envelope(UUID id) {
        return new EventEnvelope(id, "Tested", 1, "/test", Instant.now(), "agg-1", null);
    }
}
