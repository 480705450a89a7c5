package io.openrcm.platform.eventing.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the consumer threads of every {@link EventHandler} and {@link TypedEventHandler} bean and stops them on
 * shutdown.
 */
@ApplicationScoped
public class ConsumerSupervisor {

    private final EventHandlers handlers;
    private final InboxRepository inbox;
    private final DeadLetterPublisher deadLetters;
    private final KafkaClients kafka;
    private final EventingConfig config;
    private final MeterRegistry meters;
    private final Instance<EntityManager> entityManagers;
    private final List<BatchConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @Inject
    public ConsumerSupervisor(EventHandlers handlers, InboxRepository inbox, DeadLetterPublisher deadLetters,
            KafkaClients kafka, EventingConfig config, MeterRegistry meters, Instance<EntityManager> entityManagers) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.kafka = kafka;
        this.config = config;
        this.meters = meters;
        this.entityManagers = entityManagers;
    }

    /** Starts the configured number of threads per handler. */
    public synchronized void start() {
        if (!config.consumer().enabled() || !threads.isEmpty()) {
            return;
        }
        for (EventHandler handler : handlers.all()) {
            BatchProcessor processor = new BatchProcessor(handler, inbox, deadLetters, meters, afterEachEvent());
            for (int i = 0; i < config.consumer().threads(); i++) {
                BatchConsumerLoop loop = new BatchConsumerLoop(handler, processor, kafka, config.consumer(), meters, i);
                Thread thread = new Thread(loop, "rcm-consumer-" + handler.consumerName() + "-" + i);
                thread.setDaemon(true);
                loops.add(loop);
                threads.add(thread);
                thread.start();
            }
        }
    }

    /**
     * Writes out and forgets each event's entities before the next event of the batch: otherwise every flush
     * dirty-checks all entities of the batch so far, and a 500-event batch costs quadratic time.
     */
    private Runnable afterEachEvent() {
        if (!entityManagers.isResolvable()) {
            return () -> { };
        }
        EntityManager em = entityManagers.get();
        return () -> {
            em.flush();
            em.clear();
        };
    }

    /** Stops every thread after its current batch. */
    public synchronized void stop() {
        loops.forEach(BatchConsumerLoop::stop);
        for (Thread thread : threads) {
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        loops.clear();
        threads.clear();
    }
}
