package io.openrcm.platform.eventing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.SharedTestInfrastructure;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Offsets of applied batches are committed at most every commit-interval, yet nothing applied is replayed when the
 * consumer stops or its partitions move to another member of the group.
 */
class OffsetCommitTest {

    private static final Duration NEVER_DUE = Duration.ofHours(1);

    private final List<BatchConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountingApplier applier = new CountingApplier();
    private final KafkaClients kafka = new KafkaClients(
            SharedTestInfrastructure.endpoints().kafkaAdminClientProperties());

    @Test
    void batchesAppliedWithinTheIntervalAreCommittedTogetherAndAtTheLatestWhenTheConsumerStops() throws Exception {
        String topic = newTopic(1, 200);
        String group = "test.commit." + UUID.randomUUID();
        BatchConsumerLoop loop = start(group, topic, NEVER_DUE, 0);

        awaitTrue(() -> applier.applied() == 200);
        assertThat(applier.batches.get()).as("batches of at most 20").isGreaterThanOrEqualTo(10);
        assertThat(committed(group)).as("offsets committed before the interval is due").isEmpty();

        stopAll();
        assertThat(loop.commits()).as("commits for %d batches", applier.batches.get()).isEqualTo(1);
        assertThat(committed(group)).containsExactly(Map.entry(new TopicPartition(topic, 0), 200L));
    }

    @Test
    void aZeroIntervalCommitsEveryBatch() throws Exception {
        String topic = newTopic(1, 200);
        String group = "test.commit." + UUID.randomUUID();
        BatchConsumerLoop loop = start(group, topic, Duration.ZERO, 0);

        awaitTrue(() -> applier.applied() == 200);
        awaitTrue(() -> committed(group).getOrDefault(new TopicPartition(topic, 0), 0L) == 200L);
        stopAll();
        assertThat(loop.commits()).isEqualTo(applier.batches.get());
    }

    @Test
    void partitionsRevokedForANewMemberAreCommittedFirstSoItReplaysNothing() throws Exception {
        String topic = newTopic(6, 300);
        String group = "test.commit." + UUID.randomUUID();
        start(group, topic, NEVER_DUE, 0);
        awaitTrue(() -> applier.applied() == 300);

        start(group, topic, NEVER_DUE, 1);
        awaitTrue(() -> !committed(group).isEmpty()); // the revoked partitions, committed by their old owner
        TestTopic.fill(SharedTestInfrastructure.endpoints().kafkaBootstrapServers(), topic, 120);
        awaitTrue(() -> applier.applied() == 420);
        Thread.sleep(1_000);

        assertThat(applier.applied()).isEqualTo(420);
        assertThat(applier.replayed()).as("events applied more than once").isEmpty();
        assertThat(applier.consumers).as("both members applied events").hasSize(2);
    }

    private String newTopic(int partitions, int events) throws Exception {
        String topic = "rcm.test.commit-" + UUID.randomUUID() + ".v1";
        SharedTestInfrastructure.endpoints().createTopics(List.of(topic), partitions);
        TestTopic.fill(SharedTestInfrastructure.endpoints().kafkaBootstrapServers(), topic, events);
        return topic;
    }

    private BatchConsumerLoop start(String group, String topic, Duration commitInterval, int index) {
        BatchConsumerLoop loop = new BatchConsumerLoop(TestTopic.handlerOf(group, topic), applier, kafka,
                new TestConsumerConfig(20, 10, commitInterval), new AtomicLong(), index);
        Thread thread = new Thread(() -> {
            CountingApplier.CONSUMER.set(index);
            loop.run();
        }, "test-commit-" + index);
        thread.start();
        loops.add(loop);
        threads.add(thread);
        return loop;
    }

    private static Map<TopicPartition, Long> committed(String group) {
        try (Admin admin = Admin.create(SharedTestInfrastructure.endpoints().kafkaAdminClientProperties())) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> found = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            found.forEach((partition, offset) -> {
                if (offset != null) {
                    offsets.put(partition, offset.offset());
                }
            });
            return offsets;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("reached within 30 s").isTrue();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        loops.forEach(BatchConsumerLoop::stop);
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        loops.clear();
        threads.clear();
    }

    /** Counts how often each event id is applied, and which consumer threads applied any. */
    static final class CountingApplier implements BatchApplier {
        static final ThreadLocal<Integer> CONSUMER = new ThreadLocal<>();
        final Map<UUID, Integer> times = new ConcurrentHashMap<>();
        final AtomicInteger batches = new AtomicInteger();
        final Set<Integer> consumers = ConcurrentHashMap.newKeySet();

        @Override
        public void process(List<ConsumerRecord<String, String>> batch) {
            batches.incrementAndGet();
            consumers.add(CONSUMER.get());
            for (ConsumerRecord<String, String> record : batch) {
                times.merge(CloudEventHeaders.read(record.headers()).eventId(), 1, Integer::sum);
            }
        }

        int applied() {
            return times.size();
        }

        List<UUID> replayed() {
            return times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        }
    }
}
