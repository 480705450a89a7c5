package io.openrcm.reimbursement.it;

import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for the tests: plays claim-service's part, and reads whole topics back. */
final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Publishes a ClaimSubmitted payload as claim-service would: key = claim id, CloudEvents headers. */
    static EventEnvelope sendClaimSubmitted(String bootstrap, String claimId, String payload, String correlationId) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "ClaimSubmitted", 1, "/claim-service",
                Instant.now(), claimId, correlationId);
        send(bootstrap, Topics.CLAIM_SUBMITTED, envelope, payload);
        return envelope;
    }

    /** Publishes one record with the envelope's headers, keyed by its subject, and waits for the acknowledgment. */
    static void send(String bootstrap, String topic, EventEnvelope envelope, String payload) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, envelope.subject(), payload,
                    CloudEventHeaders.of(envelope))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Every record on the topic up to its current end, from every partition. */
    static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        return TopicReader.readAll(bootstrap, topic);
    }

    /** The records on the topic with this key. */
    static List<ConsumerRecord<String, String>> readKey(String bootstrap, String topic, String key) {
        return readAll(bootstrap, topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** A header's value as text, or null. */
    static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }
}
