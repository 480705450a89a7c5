package io.openrcm.platform.eventing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.SharedTestInfrastructure;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: while a transient failure (the database down) is retried, a third instance joins the group and leaves
 * again; once the failure clears, every event must have been applied, none lost to the rebalances.
 */
class RebalanceDuringRetryTest {

    private static final int EVENTS = 600;

    private final List<BatchConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final FakeDatabase database = new FakeDatabase();

    @Test
    void everyEventIsAppliedOnceThoughTheGroupRebalancesDuringTheRetry() throws Exception {
        String bootstrap = SharedTestInfrastructure.endpoints().kafkaBootstrapServers();
        String topic = "rcm.test.rebalance-" + UUID.randomUUID() + ".v1";
        SharedTestInfrastructure.endpoints().createTopics(List.of(topic), 6);
        TestTopic.fill(bootstrap, topic, EVENTS);
        KafkaClients kafka = new KafkaClients(SharedTestInfrastructure.endpoints().kafkaAdminClientProperties());
        EventHandler handler = TestTopic.handlerOf("test.rebalance." + UUID.randomUUID(), topic);

        start(handler, kafka, 0);
        start(handler, kafka, 1);
        Thread.sleep(3_000);
        BatchConsumerLoop third = start(handler, kafka, 2);
        Thread.sleep(3_000);
        third.stop();
        Thread.sleep(3_000);
        database.up = true;

        long deadline = System.currentTimeMillis() + 20_000;
        while (database.applied.size() < EVENTS && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        assertThat(database.applied.size()).as("events applied").isEqualTo(EVENTS);
    }

    private BatchConsumerLoop start(EventHandler handler, KafkaClients kafka, int index) {
        BatchConsumerLoop loop = new BatchConsumerLoop(handler, database, kafka, new TestConsumerConfig(20, 1_000),
                new AtomicLong(), index);
        Thread thread = new Thread(loop, "test-consumer-" + index);
        thread.start();
        loops.add(loop);
        threads.add(thread);
        return loop;
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        loops.forEach(BatchConsumerLoop::stop);
        for (Thread thread : threads) {
            thread.join(10_000);
        }
    }

    /** Applies a batch all or nothing, deduplicating on the event id like the inbox; down until told otherwise. */
    static final class FakeDatabase implements BatchApplier {
        final Set<UUID> applied = ConcurrentHashMap.newKeySet();
        volatile boolean up;

        @Override
        public synchronized void process(List<ConsumerRecord<String, String>> batch) throws Exception {
            if (!up) {
                throw new SQLException("Connection to localhost:5432 refused", "08001");
            }
            for (ConsumerRecord<String, String> record : batch) {
                applied.add(CloudEventHeaders.read(record.headers()).eventId());
            }
        }
    }
}
