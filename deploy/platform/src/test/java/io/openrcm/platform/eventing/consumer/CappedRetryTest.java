package io.openrcm.platform.eventing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openrcm.infra.SharedTestInfrastructure;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "stuck forever": a handler bug is retried a capped number of times and then only its record is parked;
 * a batch that outlives its transaction shrinks; a consumer thread that dies is restarted.
 */
class CappedRetryTest {

    private static final int EVENTS = 60;

    @Test
    void aHandlerBugIsParkedAfterMaxAttemptsAndEveryOtherEventIsApplied() throws Exception {
        Ledger ledger = new Ledger() {
            @Override
            void check(ConsumerRecord<String, String> record) {
                if ("k7".equals(record.key())) {
                    throw new IllegalStateException("bug in the handler");
                }
            }
        };
        runUntil(ledger, 3, () -> ledger.applied.size() == EVENTS - 1 && ledger.parked.size() == 1, null);
        assertThat(ledger.applied).hasSize(EVENTS - 1).doesNotContain("k7");
        assertThat(ledger.parked).containsExactly("k7");
        assertThat(ledger.parkedAfterAttempts.get()).isEqualTo(3);
    }

    @Test
    void aBatchThatOutlivesItsTransactionIsHalvedUntilItFits() throws Exception {
        AtomicInteger largestAttempt = new AtomicInteger();
        Ledger ledger = new Ledger() {
            @Override
            void checkBatch(List<ConsumerRecord<String, String>> batch) throws SQLException {
                largestAttempt.accumulateAndGet(batch.size(), Math::max);
                if (batch.size() > 5) {
                    throw new SQLException("canceling statement due to statement timeout", "57014");
                }
            }
        };
        runUntil(ledger, 3, () -> ledger.applied.size() == EVENTS, null);
        assertThat(largestAttempt.get()).isGreaterThan(5);
        assertThat(ledger.applied).hasSize(EVENTS);
        assertThat(ledger.parked).isEmpty();
    }

    @Test
    void aConsumerThreadThatDiesIsRestartedAndCounted() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        Ledger ledger = new Ledger() {
            @Override
            void checkBatch(List<ConsumerRecord<String, String>> batch) {
                if (broken.getAndSet(false)) {
                    throw new LinkageError("a class could not be loaded");
                }
            }
        };
        Counter restarts = new SimpleMeterRegistry().counter("restarts");
        runUntil(ledger, 3, () -> ledger.applied.size() == EVENTS, restarts);
        assertThat(ledger.applied).hasSize(EVENTS);
        assertThat(restarts.count()).isEqualTo(1.0);
    }

    private static void runUntil(Ledger ledger, int maxAttempts, BooleanSupplier done,
            Counter restarts) throws Exception {
        String bootstrap = SharedTestInfrastructure.endpoints().kafkaBootstrapServers();
        String topic = "rcm.test.capped-" + UUID.randomUUID() + ".v1";
        SharedTestInfrastructure.endpoints().createTopics(List.of(topic), 1);
        TestTopic.fill(bootstrap, topic, EVENTS);
        SupervisedConsumer consumer = new SupervisedConsumer(TestTopic.handlerOf("test.capped." + UUID.randomUUID(),
                topic), ledger, new KafkaClients(SharedTestInfrastructure.endpoints().kafkaAdminClientProperties()),
                new TestConsumerConfig(20, maxAttempts), new AtomicLong(),
                restarts == null ? new SimpleMeterRegistry().counter("r") : restarts, 0);
        Thread thread = new Thread(consumer, "test-capped");
        thread.start();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            consumer.stop();
            thread.join(10_000);
        }
    }

    /** Applies batches all or nothing by key; parks in memory what processEachOrPark gives up on. */
    abstract static class Ledger implements BatchApplier {
        final Set<String> applied = ConcurrentHashMap.newKeySet();
        final Set<String> parked = ConcurrentHashMap.newKeySet();
        final AtomicInteger parkedAfterAttempts = new AtomicInteger();

        void check(ConsumerRecord<String, String> record) {
        }

        void checkBatch(List<ConsumerRecord<String, String>> batch) throws SQLException {
        }

        @Override
        public void process(List<ConsumerRecord<String, String>> batch) throws Exception {
            checkBatch(batch);
            batch.forEach(this::check);
            batch.forEach(r -> applied.add(r.key()));
        }

        @Override
        public void processEachOrPark(List<ConsumerRecord<String, String>> batch, FailureHistory history)
                throws Exception {
            for (ConsumerRecord<String, String> record : batch) {
                try {
                    process(List.of(record));
                } catch (RuntimeException e) {
                    parked.add(record.key());
                    parkedAfterAttempts.set(history.attempts());
                }
            }
        }
    }
}
