package io.openrcm.platform.eventing.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Builds Kafka clients from the service's {@code kafka.*} configuration, so an operator configures bootstrap servers
 * and security once (for example {@code KAFKA_BOOTSTRAP_SERVERS}) and every client follows.
 *
 * <p>One idempotent producer with {@code acks=all} is shared by the outbox relay and the dead-letter publisher.
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> base;
    private volatile KafkaProducer<String, String> producer;

    @Inject
    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.base = new HashMap<>(kafkaConfig);
    }

    /** The shared producer: idempotent, every record acknowledged by all in-sync replicas. */
    public KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> cfg = new HashMap<>(base);
                    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
                    cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    cfg.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    cfg.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
                    cfg.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
                    cfg.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
                    cfg.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId("producer"));
                    producer = new KafkaProducer<>(cfg, new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    /** A new consumer in the given group; offsets are committed by the caller after its database commit. */
    public KafkaConsumer<String, String> consumer(String groupId, int maxPollRecords, String clientSuffix) {
        Map<String, Object> cfg = new HashMap<>(base);
        cfg.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        cfg.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cfg.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A crashed instance's partitions move to a live one after this long (client default 45 s).
        cfg.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 15_000);
        cfg.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        // Incremental rebalances: a partition that stays with this consumer keeps its pause and its position.
        cfg.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId(groupId + "-" + clientSuffix));
        return new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer());
    }

    /** A new admin client; the caller closes it. */
    public Admin admin() {
        return Admin.create(new HashMap<>(base));
    }

    private String clientId(String role) {
        Object configured = base.get("client.id");
        return (configured == null ? "rcm" : configured.toString()) + "-" + role;
    }

    @PreDestroy
    void close() {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(10));
        }
    }
}
