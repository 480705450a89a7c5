package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.infra.KafkaAccessTable;
import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher follows topics the services create a moment after they report ready (CI once started it before
 * claim-service had created claim-status: the broker answered "not authorized", as a missing topic the client asked
 * to create reads to a principal that may not create it). A secured embedded broker, the bench's own principal.
 */
class EventWatcherTopicsTest {

    @TempDir
    static Path repo;
    static Stack stack;

    @BeforeAll
    static void startBroker() {
        stack = Stack.start(StackOptions.builder(repo).dataDir(Path.of("data")).services(List.of()).kafkaPort(0)
                .postgresPort(0).build());
    }

    @AfterAll
    static void stopBroker() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void waitsForTopicsCreatedAfterItStartsAndThenFollowsThem() throws Exception {
        CompletableFuture<Void> created = CompletableFuture.runAsync(() -> {
            try (Admin admin = Admin.create(admin())) {
                Thread.sleep(1_500);
                admin.createTopics(List.of(new NewTopic(EventWatcher.CLAIM_SUBMITTED, 2, (short) 1),
                        new NewTopic(EventWatcher.CLAIM_STATUS, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        try (EventWatcher watcher = new EventWatcher(benchClient(), new ObjectMapper())) {
            created.get(30, TimeUnit.SECONDS);
            Map<String, Object> producer = admin();
            try (KafkaProducer<String, String> out = new KafkaProducer<>(producer, new StringSerializer(),
                    new StringSerializer())) {
                out.send(new ProducerRecord<>(EventWatcher.CLAIM_STATUS, "C-1",
                        "{\"claimId\":\"C-1\",\"fromStatus\":\"READY\",\"toStatus\":\"SUBMITTED\"}")).get(30, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (watcher.statusEvents("C-1").isEmpty() && System.nanoTime() < deadline) {
                watcher.checkAlive();
                Thread.sleep(50);
            }
            assertThat(watcher.statusEvents("C-1")).extracting(EventWatcher.StatusEvent::toStatus)
                    .containsExactly("SUBMITTED");
        }
    }

    @Test
    void saysWhichTopicItCannotFollowWhenNobodyCreatesIt() throws Exception {
        Properties p = new Properties();
        p.putAll(benchClient());
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> EventWatcher.partitionsOnceCreated(consumer, "rcm.claims.nobody-makes-this.v1",
                            Duration.ofSeconds(1)))
                    .withMessageContaining("rcm.claims.nobody-makes-this.v1");
        }
    }

    private static Map<String, Object> benchClient() throws Exception {
        return BenchOptions.parse(new String[] {"--data-dir=" + stack.options().dataDir(),
                "--kafka=" + stack.kafkaBootstrapServers()}, Map.of()).kafkaClient();
    }

    private static Map<String, Object> admin() {
        return stack.kafkaCredentials(KafkaAccessTable.ADMIN).clientProperties(stack.kafkaBootstrapServers());
    }
}
