package io.openrcm.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka ceiling: records of 1 KB keyed by a random id, produced with the relay's settings (idempotent, acks=all,
 * linger 2 ms) to a scratch topic with the services' partition count, then consumed from the beginning; the topic
 * is deleted afterwards.
 */
final class KafkaCeiling {

    /** Records per second produced and consumed. */
    record Result(double producedPerSecond, double consumedPerSecond) {
    }

    private final Map<String, Object> client;

    /** Client settings with bootstrap servers and security (see BenchOptions#kafkaClient). */
    KafkaCeiling(Map<String, Object> client) {
        this.client = client;
    }

    Result measure(int records) throws Exception {
        // Under rcm.bench.: the bench's principal may create, use and delete only topics of that prefix.
        String topic = "rcm.bench.ceiling-" + UUID.randomUUID().toString().substring(0, 8);
        Properties admin = new Properties();
        admin.putAll(client);
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 6, (short) -1))).all().get();
            try {
                double produced = produce(topic, records);
                double consumed = consume(topic, records);
                return new Result(produced, consumed);
            } finally {
                client.deleteTopics(Set.of(topic)).all().get();
            }
        }
    }

    private double produce(String topic, int records) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        byte[] value = new byte[1024];
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value));
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private double consume(String topic, int records) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(2).toNanos();
            int seen = 0;
            while (seen < records && System.nanoTime() < deadline) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            return seen / ((System.nanoTime() - start) / 1e9);
        }
    }
}
