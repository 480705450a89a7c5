package io.openrcm.platform.eventing.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.Retry;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 * after the database commit, so a crash replays the batch and the inbox absorbs the replay. While a transient failure
 * lasts the partitions are paused and the thread keeps polling, so the consumer stays in its group.
 */
final class BatchConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(BatchConsumerLoop.class);

    private final EventHandler handler;
    private final BatchApplier processor;
    private final EventingConfig.ConsumerConfig config;
    private final KafkaConsumer<String, String> consumer;
    private final AtomicLong lag = new AtomicLong();
    private volatile boolean running = true;

    BatchConsumerLoop(EventHandler handler, BatchApplier processor, KafkaClients kafka,
            EventingConfig.ConsumerConfig config, MeterRegistry meters, int index) {
        this.handler = handler;
        this.processor = processor;
        this.config = config;
        this.consumer = kafka.consumer(handler.consumerName(), config.maxPollRecords(), Integer.toString(index));
        Gauge.builder("rcm.consumer.lag", lag, AtomicLong::get).description("Records not yet consumed")
                .tag("consumer", handler.consumerName()).tag("thread", Integer.toString(index)).register(meters);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(handler.topics());
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                updateLag();
                if (!records.isEmpty()) {
                    List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
                    records.forEach(batch::add);
                    if (applyWithRetry(batch)) {
                        commit(batch);
                    }
                }
            }
        } catch (WakeupException e) {
            // stop() woke us up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s stopped on an unexpected failure", handler.consumerName());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Returns true once applied; false when stopped before it could be. */
    private boolean applyWithRetry(List<ConsumerRecord<String, String>> batch) throws InterruptedException {
        Duration backoff = config.initialBackoff();
        boolean paused = false;
        while (running) {
            try {
                processor.process(batch);
                if (paused) {
                    consumer.resume(consumer.paused());
                }
                return true;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.warnf("Consumer %s: batch of %d failed transiently, retrying in %d ms: %s",
                        handler.consumerName(), batch.size(), backoff.toMillis(), Retry.rootMessage(e));
                if (!paused) {
                    consumer.pause(consumer.assignment());
                    paused = true;
                }
                Thread.sleep(backoff.toMillis());
                consumer.poll(Duration.ZERO);
                backoff = Retry.doubled(backoff, config.maxBackoff());
            }
        }
        return false;
    }

    private void commit(List<ConsumerRecord<String, String>> batch) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, String> r : batch) {
            next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        try {
            consumer.commitSync(next);
        } catch (WakeupException e) {
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

    void stop() {
        running = false;
        consumer.wakeup();
    }
}
