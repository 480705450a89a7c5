package io.openrcm.claim.it;

import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** A plain Kafka producer and topic reader for the tests, playing the other services' part. */
public final class KafkaTestClient implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** The envelope another service would put on an event. */
    public static EventEnvelope envelope(UUID eventId, String type, String source, String subject,
            String correlationId) {
        return new EventEnvelope(eventId, type, 1, source, Instant.now(), subject, correlationId);
    }

    /** Sends one event with CloudEvents headers and waits for the broker's acknowledgment. */
    public void send(String topic, String key, String payload, EventEnvelope envelope) throws Exception {
        producer.send(new ProducerRecord<>(topic, null, key, payload, CloudEventHeaders.of(envelope)))
                .get(30, TimeUnit.SECONDS);
    }

    /** Every record of the topic, from the beginning, that matches. */
    public List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match) {
        return TopicReader.readAll(bootstrapServers, topic).stream().filter(match).toList();
    }

    /** The last value of a header as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String key) {
        return CloudEventHeaders.text(record.headers(), key);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
