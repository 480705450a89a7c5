package io.openrcm.platform.eventing.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import io.openrcm.platform.eventing.parking.ParkedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Starts the consumer threads of every {@link EventHandler} and {@link TypedEventHandler} bean, each supervised
 * (restarted after an unexpected failure), says which are down, and stops them on shutdown.
 */
@ApplicationScoped
public class ConsumerSupervisor {

    private final EventHandlers handlers;
    private final InboxRepository inbox;
    private final DeadLetterPublisher deadLetters;
    private final ParkedEventRepository parked;
    private final KafkaClients kafka;
    private final EventingConfig config;
    private final MeterRegistry meters;
    private final Map<String, BatchProcessor> processors = new ConcurrentHashMap<>();
    private final List<SupervisedConsumer> consumers = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @Inject
    public ConsumerSupervisor(EventHandlers handlers, InboxRepository inbox, DeadLetterPublisher deadLetters,
            ParkedEventRepository parked, KafkaClients kafka, EventingConfig config, MeterRegistry meters) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.parked = parked;
        this.kafka = kafka;
        this.config = config;
        this.meters = meters;
    }

    /** Starts the configured number of threads per handler. */
    public synchronized void start() {
        if (!config.consumer().enabled() || !threads.isEmpty()) {
            return;
        }
        for (EventHandler handler : handlers.all()) {
            BatchProcessor processor = processorFor(handler);
            Counter restarts = Counter.builder("rcm.consumer.thread.restarts")
                    .description("Consumer threads restarted after an unexpected failure")
                    .tag("consumer", handler.consumerName()).register(meters);
            for (int i = 0; i < config.consumer().threads(); i++) {
                AtomicLong lag = new AtomicLong();
                Gauge.builder("rcm.consumer.lag", lag, AtomicLong::get).description("Records not yet consumed")
                        .tag("consumer", handler.consumerName()).tag("thread", Integer.toString(i)).register(meters);
                SupervisedConsumer consumer = new SupervisedConsumer(handler, processor, kafka, config.consumer(),
                        lag, restarts, i);
                Thread thread = new Thread(consumer, "rcm-consumer-" + handler.consumerName() + "-" + i);
                thread.setDaemon(true);
                consumers.add(consumer);
                threads.add(thread);
                thread.start();
            }
        }
    }

    /** Consumer threads that are dead or waiting to restart, by name; empty when all run (or none started yet). */
    public List<String> downConsumers() {
        return consumers.stream().filter(c -> !c.healthy()).map(SupervisedConsumer::name).toList();
    }

    /**
     * Applies one record through the named consumer's handler inside the caller's transaction, inbox first: the path
     * an operator's replay of a parked event takes. Empty when this service has no such consumer; otherwise whether
     * the event was applied now (false: it had been applied before).
     */
    public Optional<Boolean> applyInCurrentTransaction(String consumerName, ConsumerRecord<String, String> record)
            throws Exception {
        for (EventHandler handler : handlers.all()) {
            if (handler.consumerName().equals(consumerName)) {
                return Optional.of(processorFor(handler).applyInCurrentTransaction(record));
            }
        }
        return Optional.empty();
    }

    private BatchProcessor processorFor(EventHandler handler) {
        return processors.computeIfAbsent(handler.consumerName(), name -> new BatchProcessor(handler, inbox,
                deadLetters, parked, config.consumer().batchTimeout(), meters));
    }

    /** Stops every thread after its current batch. */
    public synchronized void stop() {
        consumers.forEach(SupervisedConsumer::stop);
        for (Thread thread : threads) {
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        consumers.clear();
        threads.clear();
    }
}
