package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    Path dir;

    @Test
    void deliversARecordToAConsumerGroup() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            kafka.createTopics(List.of("claims.v1"), 3);

            send(kafka.adminClientProperties(), "claims.v1", "claim-1", "ClaimSubmitted");

            assertThat(readAll(kafka.adminClientProperties(), "claims.v1", 1))
                    .containsExactly(Map.entry("claim-1", "ClaimSubmitted"));
        }
    }

    @Test
    void createsTopicsWithTheirPartitionsAndLeavesExistingOnesAlone() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            kafka.createTopics(List.of("a.v1", "b.v1"), 4);
            kafka.createTopics(List.of("a.v1"), 2);

            try (Admin admin = Admin.create(kafka.adminClientProperties())) {
                var topics = admin.describeTopics(List.of("a.v1", "b.v1")).allTopicNames().get();
                assertThat(topics.get("a.v1").partitions()).hasSize(4);
                assertThat(topics.get("b.v1").partitions()).hasSize(4);
            }
        }
    }

    @Test
    void keepsRecordsAcrossARestartOnTheSameLogDirectory() throws Exception {
        Path logDir = dir.resolve("kafka");
        String firstPassword;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            firstPassword = kafka.adminCredentials().password();
            send(kafka.adminClientProperties(), "payments.v1", "payment-7", "PaymentPosted");
        }
        // A new administrator password (a log kept from before, or a secret replaced): set through the controller.
        Files.delete(dir.resolve("kafka-tls").resolve("kafka-admin-password"));

        try (EmbeddedKafka restarted = EmbeddedKafka.start(logDir, 0)) {
            assertThat(restarted.adminCredentials().password()).isNotEqualTo(firstPassword);
            assertThat(readAll(restarted.adminClientProperties(), "payments.v1", 1))
                    .containsExactly(Map.entry("payment-7", "PaymentPosted"));
        }
    }

    private static void send(Map<String, Object> client, String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<Map.Entry<String, String>> readAll(Map<String, Object> client, String topic, int expected) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<Map.Entry<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(Map.entry(record.key(), record.value()));
                }
            }
        }
        return received;
    }
}
