package io.openrcm.platform.eventing.consumer;

import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends a record that cannot be processed to {@code <topic>.dlq}: same key, same value, the original headers, plus
 * {@code dlq_*} headers saying why, who gave up on it and where it was. Waits for the broker's acknowledgment, so
 * the consumer commits past the record only once it is safe elsewhere.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String REASON = "dlq_reason";
    public static final String EXCEPTION = "dlq_exception";
    public static final String CONSUMER = "dlq_consumer";
    public static final String ORIGINAL_TOPIC = "dlq_original_topic";
    public static final String ORIGINAL_PARTITION = "dlq_original_partition";
    public static final String ORIGINAL_OFFSET = "dlq_original_offset";
    public static final String TIME = "dlq_time";

    private final KafkaClients kafka;

    @Inject
    public DeadLetterPublisher(KafkaClients kafka) {
        this.kafka = kafka;
    }

    /** Publishes the record to its dead-letter topic and waits for the acknowledgment. */
    public void publish(ConsumerRecord<String, String> record, String consumer, Throwable failure)
            throws InterruptedException, ExecutionException, TimeoutException {
        Headers headers = new RecordHeaders(record.headers().toArray());
        add(headers, REASON, FailureClassifier.reason(failure));
        add(headers, EXCEPTION, failure.getClass().getName());
        add(headers, CONSUMER, consumer);
        add(headers, ORIGINAL_TOPIC, record.topic());
        add(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
        add(headers, TIME, Instant.now().toString());
        kafka.producer().send(new ProducerRecord<>(Topics.deadLetterOf(record.topic()), null, record.key(),
                record.value(), headers)).get(60, TimeUnit.SECONDS);
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
