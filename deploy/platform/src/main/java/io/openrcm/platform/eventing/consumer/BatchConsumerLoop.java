package io.openrcm.platform.eventing.consumer;

import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.Retry;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One consumer thread: poll a batch, apply it in one transaction, then commit the offsets. Offsets are committed only
 * after the database commit, so a crash replays the batch and the inbox absorbs the replay. They are committed at most
 * every {@code commit-interval} (one broker round trip for many batches), and at once for partitions being revoked and
 * when the consumer stops, so a rebalance or a clean stop replays nothing.
 *
 * <p>While a failure lasts the partitions are paused and the thread keeps polling, so the consumer stays in its group.
 * Whatever such a poll returns (a rebalance hands partitions over unpaused) is sought back, never thrown away; newly
 * assigned partitions are paused at once; records of revoked partitions leave the batch (their new owner replays
 * them from the last commit). A batch that outlives its transaction is halved; one that failed
 * {@code max-attempts} times is applied record by record and the record that still fails is parked.
 */
final class BatchConsumerLoop implements Runnable, ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(BatchConsumerLoop.class);

    private final EventHandler handler;
    private final BatchApplier processor;
    private final EventingConfig.ConsumerConfig config;
    private final KafkaConsumer<String, String> consumer;
    private final AtomicLong lag;
    private final List<ConsumerRecord<String, String>> inFlight = new ArrayList<>();
    /** Offsets of applied records not yet committed, per partition. */
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private long lastCommit = System.nanoTime();
    private long commits;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private boolean retrying;

    BatchConsumerLoop(EventHandler handler, BatchApplier processor, KafkaClients kafka,
            EventingConfig.ConsumerConfig config, AtomicLong lag, int index) {
        this.handler = handler;
        this.processor = processor;
        this.config = config;
        this.consumer = kafka.consumer(handler.consumerName(), config.maxPollRecords(), Integer.toString(index));
        this.lag = lag;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(handler.topics(), this);
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                updateLag();
                if (!records.isEmpty()) {
                    inFlight.clear();
                    records.forEach(inFlight::add);
                    applyWithRetry();
                }
                commitIfDue();
            }
        } catch (WakeupException e) {
            // stop() woke us up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.errorf(e, "Consumer %s stopped on an unexpected failure", handler.consumerName());
        } finally {
            try {
                commitBeforeClose();
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }
    }

    /** Applies what is in flight, part by part, until done or stopped; each applied part's offsets become pending. */
    private void applyWithRetry() throws InterruptedException {
        Duration backoff = config.initialBackoff();
        FailureHistory history = FailureHistory.none();
        int partSize = inFlight.size();
        while (running && !inFlight.isEmpty()) {
            List<ConsumerRecord<String, String>> part = List.copyOf(inFlight.subList(0, Math.min(partSize,
                    inFlight.size())));
            long started = System.nanoTime();
            try {
                if (history.attempts() >= config.maxAttempts()) {
                    processor.processEachOrPark(part, history);
                } else {
                    processor.process(part);
                }
                markApplied(part);
                inFlight.subList(0, part.size()).clear();
                history = FailureHistory.none();
                backoff = config.initialBackoff();
            } catch (InterruptedException | WakeupException e) {
                throw e;
            } catch (Exception e) {
                boolean timedOut = FailureClassifier.isTimeout(e)
                        || Duration.ofNanos(System.nanoTime() - started).compareTo(config.batchTimeout()) >= 0;
                if (timedOut && partSize > 1) {
                    partSize = Math.max(1, part.size() / 2);
                }
                history = history.failedAgain(Instant.now(), !FailureClassifier.isOutage(e) && !(timedOut
                        && part.size() > 1));
                LOG.warnf("Consumer %s: %d record(s) failed (attempt %d), retrying in %d ms: %s",
                        handler.consumerName(), part.size(), history.attempts(), backoff.toMillis(),
                        Retry.rootMessage(e));
                waitPaused(backoff);
                backoff = Retry.doubled(backoff, config.maxBackoff());
            }
        }
        if (retrying) {
            retrying = false;
            consumer.resume(consumer.paused());
        }
    }

    /** Sleeps with every partition paused, then polls to stay in the group, seeking back whatever came. */
    private void waitPaused(Duration backoff) throws InterruptedException {
        if (!retrying) {
            retrying = true;
            consumer.pause(consumer.assignment());
            commitPending(); // what was applied before the failure need not wait for it to clear
        }
        Thread.sleep(backoff.toMillis());
        ConsumerRecords<String, String> unexpected = consumer.poll(Duration.ZERO);
        for (TopicPartition partition : unexpected.partitions()) {
            consumer.seek(partition, unexpected.records(partition).get(0).offset());
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (retrying) {
            consumer.pause(partitions);
        }
    }

    /** Still ours until this returns: what was applied from them is committed, so their new owner replays nothing. */
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        inFlight.removeIf(r -> partitions.contains(new TopicPartition(r.topic(), r.partition())));
        Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = pending.remove(partition);
            if (offset != null) {
                leaving.put(partition, offset);
            }
        }
        commit(leaving);
    }

    /** Already someone else's: nothing of them can be committed, their new owner replays from the last commit. */
    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        inFlight.removeIf(r -> partitions.contains(new TopicPartition(r.topic(), r.partition())));
        pending.keySet().removeAll(partitions);
    }

    private void markApplied(List<ConsumerRecord<String, String>> part) {
        for (ConsumerRecord<String, String> r : part) {
            pending.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        commitIfDue();
    }

    private void commitIfDue() {
        if (!pending.isEmpty() && System.nanoTime() - lastCommit >= config.commitInterval().toNanos()) {
            commitPending();
        }
    }

    private void commitPending() {
        Map<TopicPartition, OffsetAndMetadata> all = Map.copyOf(pending);
        pending.clear();
        commit(all);
    }

    /** On the way out, whether stopped or failed; a wake-up still pending from stop() is spent once first. */
    private void commitBeforeClose() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            try {
                commitPending();
            } catch (WakeupException e) {
                commitPending();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Consumer %s could not commit offsets before closing (%s); they are replayed",
                    handler.consumerName(), e.getMessage());
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        lastCommit = System.nanoTime();
        try {
            consumer.commitSync(offsets);
            commits++;
        } catch (WakeupException e) {
            pending.putAll(offsets); // not sent: the caller commits them before closing
            throw e;
        } catch (KafkaException e) {
            // Partitions moved to another consumer meanwhile: it replays from the last commit, the inbox dedupes.
            LOG.warnf("Consumer %s could not commit offsets (%s); the new owner replays them",
                    handler.consumerName(), e.getMessage());
        }
    }

    private void updateLag() {
        long total = 0;
        for (TopicPartition tp : consumer.assignment()) {
            total += consumer.currentLag(tp).orElse(0);
        }
        lag.set(total);
    }

    /** Offset commits sent to the broker and acknowledged so far. */
    long commits() {
        return commits;
    }

    /** The unexpected failure that ended this loop; null while it runs or after a requested stop. */
    Throwable failure() {
        return failure;
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }
}
