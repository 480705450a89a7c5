package io.openrcm.platform.eventing.consumer;

import io.micrometer.core.instrument.Counter;
import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.Retry;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * One consumer thread under supervision: when its loop ends on an unexpected failure (an exception from poll, a
 * broken client) a new loop with a new Kafka consumer starts after a backoff, and the restart is counted. While it
 * is down it reports itself unhealthy, which turns readiness DOWN.
 */
final class SupervisedConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(SupervisedConsumer.class);

    private final EventHandler handler;
    private final BatchApplier processor;
    private final KafkaClients kafka;
    private final EventingConfig.ConsumerConfig config;
    private final AtomicLong lag;
    private final Counter restarts;
    private final int index;
    private volatile BatchConsumerLoop loop;
    private volatile boolean stopped;
    private volatile boolean healthy = true;

    SupervisedConsumer(EventHandler handler, BatchApplier processor, KafkaClients kafka,
            EventingConfig.ConsumerConfig config, AtomicLong lag, Counter restarts, int index) {
        this.handler = handler;
        this.processor = processor;
        this.kafka = kafka;
        this.config = config;
        this.lag = lag;
        this.restarts = restarts;
        this.index = index;
    }

    @Override
    public void run() {
        Duration backoff = config.initialBackoff();
        while (!stopped) {
            Throwable failure;
            try {
                BatchConsumerLoop current = new BatchConsumerLoop(handler, processor, kafka, config, lag, index);
                synchronized (this) {
                    if (stopped) {
                        return;
                    }
                    loop = current;
                }
                healthy = true;
                current.run();
                failure = current.failure();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (stopped || failure == null) {
                return;
            }
            healthy = false;
            restarts.increment();
            LOG.errorf("Consumer %s thread %d failed (%s); restarting in %d ms", handler.consumerName(), index,
                    Retry.rootMessage(failure), backoff.toMillis());
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            backoff = Retry.doubled(backoff, config.maxBackoff());
        }
    }

    /** False while the thread is dead or waiting to restart. */
    boolean healthy() {
        return healthy;
    }

    String name() {
        return handler.consumerName() + "-" + index;
    }

    synchronized void stop() {
        stopped = true;
        if (loop != null) {
            loop.stop();
        }
    }
}
