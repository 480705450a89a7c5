package io.openrcm.testsupport;

import io.openrcm.infra.KafkaTestAccess;
import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain Kafka producer and topic reader for the tests, playing the other services' part: as the principal the test
 * infrastructure registered for the broker ({@link KafkaTestAccess}, its administrator), not as the service under test.
 */
public final class KafkaTestClient implements AutoCloseable {

    /** How long a send may wait for the topic's metadata, then for the broker's acknowledgment (retries included). */
    static final Duration MAX_BLOCK = Duration.ofSeconds(60);
    static final Duration DELIVERY = Duration.ofSeconds(120);

    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The envelope another service would put on an event (version 1). */
    public static EventEnvelope envelope(UUID eventId, String type, String source, String subject,
            String correlationId) {
        return new EventEnvelope(eventId, type, 1, source, Instant.now(), subject, correlationId);
    }

    /**
     * Sends one event with CloudEvents headers and waits for the broker's acknowledgment, as long as the producer
     * itself keeps trying (its metadata wait, then its delivery timeout): a test gives up no earlier than a service
     * would. A failure names the topic and the producer's own reason, which a test report's summary line shows.
     */
    public void send(String topic, String key, String payload, EventEnvelope envelope) {
        try {
            producer().send(new ProducerRecord<>(topic, null, key, payload, CloudEventHeaders.of(envelope)))
                    .get(MAX_BLOCK.plus(DELIVERY).plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + topic, e);
        } catch (Exception e) {
            Throwable reason = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Could not publish to " + topic + ": " + reason, reason);
        }
    }

    /** Every record of the topic up to its current end, from every partition. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        return TopicReader.readAll(bootstrapServers, topic);
    }

    /** Every record of the topic, from the beginning, that matches. */
    public List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match) {
        return readAll(topic).stream().filter(match).toList();
    }

    /** The records of the topic with this key. */
    public List<ConsumerRecord<String, String>> readKey(String topic, String key) {
        return read(topic, r -> key.equals(r.key()));
    }

    /** The last value of a header as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String key) {
        return CloudEventHeaders.text(record.headers(), key);
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    // Opened on the first send: tests that only read never start a producer.
    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = KafkaTestAccess.clientProperties(bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY.toMillis());
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
