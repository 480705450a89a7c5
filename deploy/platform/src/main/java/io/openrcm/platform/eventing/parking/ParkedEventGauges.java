package io.openrcm.platform.eventing.parking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.eventing.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.concurrent.Callable;

/**
 * The {@code rcm_parked_events{consumer}} gauge: open parked events of each consumer, and the outbox rows the broker
 * refused under {@code consumer="outbox-relay"}. Read from the database at each scrape; NaN when it is away.
 */
@ApplicationScoped
public class ParkedEventGauges {

    public static final String OUTBOX_RELAY = "outbox-relay";

    private final ParkedEventRepository repository;
    private final OutboxRelay relay;
    private final MeterRegistry meters;

    @Inject
    public ParkedEventGauges(ParkedEventRepository repository, OutboxRelay relay, MeterRegistry meters) {
        this.repository = repository;
        this.relay = relay;
        this.meters = meters;
    }

    /** Registers one gauge per consumer, and the relay's. */
    public void register(Collection<String> consumers) {
        for (String consumer : consumers) {
            gauge(consumer, () -> repository.countParked(consumer));
        }
        gauge(OUTBOX_RELAY, relay::parked);
    }

    private void gauge(String consumer, Callable<Long> count) {
        Gauge.builder("rcm.parked.events", count, ParkedEventGauges::orNaN)
                .description("Events parked after their consumer gave up on them, waiting for an operator")
                .tag("consumer", consumer).register(meters);
    }

    private static double orNaN(Callable<Long> count) {
        try {
            return count.call();
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
