package io.openrcm.platform.eventing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.Retry;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka and marks them sent only after the broker acknowledged every one of them.
 *
 * <p>Each round runs in one transaction: take the relay lock (one publishing instance at a time keeps per-key order),
 * lock the oldest unsent rows, send them, wait for every acknowledgment, mark them sent, commit. A crash between the
 * acknowledgment and the commit publishes the rows again on the next round: delivery is at least once, and consumers
 * deduplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final OutboxRepository repository;
    private final KafkaClients kafka;
    private final EventingConfig config;
    private final Semaphore wakeups = new Semaphore(0);
    private final Counter published;
    private volatile boolean running;
    private Thread thread;
    private Instant nextPurge = Instant.now().plus(PURGE_EVERY);

    @Inject
    public OutboxRelay(OutboxRepository repository, KafkaClients kafka, EventingConfig config, MeterRegistry meters) {
        this.repository = repository;
        this.kafka = kafka;
        this.config = config;
        this.published = Counter.builder("rcm.outbox.published").description("Outbox events published to Kafka")
                .register(meters);
        Gauge.builder("rcm.outbox.backlog", repository, OutboxRelay::backlogOrNaN)
                .description("Outbox events not yet acknowledged by Kafka").register(meters);
    }

    /** Starts the relay thread. */
    public synchronized void start() {
        if (running || !config.outbox().enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "rcm-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the relay after its current round. */
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            wakeups.release();
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Asks for a round now: called after a transaction that wrote events commits. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                int sent = QuarkusTransaction.requiringNew().timeout(120).call(this::publishOneBatch);
                published.increment(sent);
                backoff = Duration.ofMillis(100);
                purgeWhenDue();
                if (sent < config.outbox().batchSize()) {
                    wakeups.tryAcquire(config.outbox().idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed, retrying in %d ms: %s", backoff.toMillis(), Retry.rootMessage(e));
                sleep(backoff);
                backoff = Retry.doubled(backoff, MAX_BACKOFF);
            }
        }
    }

    /** One round; returns how many events were published. Runs inside a transaction. */
    int publishOneBatch() throws Exception {
        if (!repository.tryRelayLock()) {
            return 0;
        }
        List<OutboxRow> rows = repository.lockUnsent(config.outbox().batchSize(), config.source());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<?>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(kafka.producer().send(new ProducerRecord<>(row.topic(), null, row.envelope().subject(),
                    row.payload(), CloudEventHeaders.of(row.envelope()))));
        }
        for (Future<?> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
        }
        List<Long> ids = rows.stream().map(OutboxRow::id).toList();
        repository.markSent(ids, Instant.now());
        return rows.size();
    }

    private void purgeWhenDue() {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        nextPurge = Instant.now().plus(PURGE_EVERY);
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        int purged = QuarkusTransaction.requiringNew().call(() -> repository.purgeSentBefore(cutoff));
        if (purged > 0) {
            LOG.infof("Purged %d published outbox events older than %s", purged, cutoff);
        }
    }

    private static double backlogOrNaN(OutboxRepository repository) {
        try {
            return repository.backlog();
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
