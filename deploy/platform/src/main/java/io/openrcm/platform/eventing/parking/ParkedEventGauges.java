package io.openrcm.platform.eventing.parking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.eventing.outbox.OutboxRelay;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The {@code rcm_parked_events{consumer}} gauge: open parked events of each consumer, and the outbox rows the broker
 * refused under {@code consumer="outbox-relay"}. Counted in the database every few seconds on a thread of its own
 * and cached, because a scrape must not wait for (or fail on) a database call; NaN while the database is away.
 */
@ApplicationScoped
public class ParkedEventGauges {

    public static final String OUTBOX_RELAY = "outbox-relay";

    private static final Logger LOG = Logger.getLogger(ParkedEventGauges.class);
    private static final long REFRESH_SECONDS = 5;

    private final ParkedEventRepository repository;
    private final OutboxRelay relay;
    private final MeterRegistry meters;
    private final Map<String, Callable<Long>> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Double>> values = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService refresher;
    private volatile String lastProblem;

    @Inject
    public ParkedEventGauges(ParkedEventRepository repository, OutboxRelay relay, MeterRegistry meters) {
        this.repository = repository;
        this.relay = relay;
        this.meters = meters;
    }

    /** Registers one gauge per consumer, and the relay's, and starts counting. */
    public synchronized void register(Collection<String> consumers) {
        for (String consumer : consumers) {
            gauge(consumer, () -> repository.countParked(consumer));
        }
        gauge(OUTBOX_RELAY, relay::parked);
        if (refresher == null) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rcm-parked-gauges");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    private void gauge(String consumer, Callable<Long> count) {
        AtomicReference<Double> value = values.computeIfAbsent(consumer, c -> new AtomicReference<>(Double.NaN));
        counts.put(consumer, count);
        Gauge.builder("rcm.parked.events", value, AtomicReference::get)
                .description("Events parked after their consumer gave up on them, waiting for an operator")
                .tag("consumer", consumer).register(meters);
    }

    /** Package-private for tests: counts every consumer's parked events now. */
    void refresh() {
        String problem = null;
        for (Map.Entry<String, Callable<Long>> e : counts.entrySet()) {
            try {
                values.get(e.getKey()).set((double) e.getValue().call());
            } catch (Exception ex) {
                values.get(e.getKey()).set(Double.NaN);
                problem = ex.getClass().getSimpleName() + ": " + ex.getMessage();
            }
        }
        // Said once when counting starts failing, not every few seconds for as long as the database is away.
        if (problem != null && lastProblem == null) {
            LOG.warnf("Parked events could not be counted (rcm_parked_events is NaN until they can): %s", problem);
        }
        lastProblem = problem;
    }
}
