package io.openrcm.platform.eventing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.concurrent.WakeUpSignal;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ApiException;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka and lets them go (deletes them, or marks them sent) only after the broker
 * acknowledged every one of them.
 *
 * <p>Each round runs in one transaction: take the relay lock (one publishing instance at a time keeps per-key order,
 * and keeps the other relays away from the rows, which are read without row locks), read the oldest unsent rows, send
 * them, wait for every acknowledgment, delete them (or, with an {@code outbox.retention}, mark them sent and keep them
 * that long), commit. A crash between the acknowledgment and
 * the commit publishes the rows again on the next round: delivery is at least once, and consumers deduplicate on the
 * event id.
 *
 * <p>A row the broker refuses for good (too large, topic invalid or not authorized) is parked in place
 * ({@code parked_at}, {@code park_reason}) and the relay goes on with later rows instead of blocking every one of
 * them. The thread is supervised: an unexpected failure of a round is logged, counted and the round retried with
 * backoff; readiness is DOWN while rounds keep failing.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration BACKLOG_COUNT_EVERY = Duration.ofSeconds(2);

    private final OutboxRepository repository;
    private final KafkaClients kafka;
    private final EventingConfig config;
    private final WakeUpSignal roundAsked = new WakeUpSignal();
    private final Counter published;
    private final Counter rounds;
    private final Counter restarts;
    private volatile int failedRounds;
    private volatile boolean running;
    private volatile Thread thread;
    private Instant nextPurge = Instant.now().plus(PURGE_EVERY);
    private final AtomicReference<Double> backlog = new AtomicReference<>(Double.NaN);
    private Instant nextBacklogCount = Instant.MIN;

    @Inject
    public OutboxRelay(OutboxRepository repository, KafkaClients kafka, EventingConfig config, MeterRegistry meters) {
        this.repository = repository;
        this.kafka = kafka;
        this.config = config;
        this.published = Counter.builder("rcm.outbox.published").description("Outbox events published to Kafka")
                .register(meters);
        this.rounds = Counter.builder("rcm.outbox.rounds")
                .description("Relay rounds that published events (published / rounds = events per round)")
                .register(meters);
        this.restarts = Counter.builder("rcm.consumer.thread.restarts").tag("consumer", "outbox-relay")
                .description("Consumer threads restarted after an unexpected failure").register(meters);
        // Counted by the relay's own thread and cached: a scrape must not wait for (or fail on) a database call.
        Gauge.builder("rcm.outbox.backlog", backlog, AtomicReference::get)
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
            roundAsked.wake();
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
        roundAsked.wake();
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                int sent = QuarkusTransaction.requiringNew().timeout(120).call(this::publishOneBatch);
                published.increment(sent);
                if (sent > 0) {
                    rounds.increment();
                }
                backoff = Duration.ofMillis(100);
                failedRounds = 0;
                purgeWhenDue();
                countBacklogWhenDue();
                awaitNextRound(sent);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                failedRounds++;
                if (e instanceof Error) {
                    restarts.increment();
                }
                LOG.warnf("Outbox relay round failed, retrying in %d ms: %s", backoff.toMillis(), Retry.rootMessage(e));
                sleep(backoff);
                backoff = Retry.doubled(backoff, MAX_BACKOFF);
            }
        }
    }

    /**
     * Waits for the next round after one that published {@code sent} events: none after a full batch (more rows are
     * waiting); otherwise until a commit wakes the relay or the idle poll passes, and after a wake-up the linger, so
     * that the commits close behind it share the round.
     */
    void awaitNextRound(int sent) throws InterruptedException {
        if (sent >= config.outbox().batchSize()) {
            return;
        }
        roundAsked.await(config.outbox().idlePoll(), config.outbox().linger());
    }

    /** One round; returns how many events were published. Runs inside a transaction. */
    int publishOneBatch() throws Exception {
        if (!repository.tryRelayLock()) {
            return 0;
        }
        List<OutboxRow> rows = repository.unsent(config.outbox().batchSize(), config.source());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<?>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(send(row));
        }
        List<Long> sent = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(60, TimeUnit.SECONDS);
                sent.add(rows.get(i).id());
            } catch (ExecutionException e) {
                if (!BrokerRefusals.isForGood(e.getCause())) {
                    throw e;
                }
                OutboxRow row = rows.get(i);
                String reason = Retry.rootMessage(e.getCause());
                LOG.errorf("Outbox event %s (%s) refused by the broker for good, parked: %s",
                        row.envelope().eventId(), row.envelope().type(), reason);
                repository.markParked(row.id(), reason, Instant.now());
            }
        }
        if (config.outbox().retention().isZero()) {
            repository.deletePublished(sent);
        } else {
            repository.markSent(sent, Instant.now());
        }
        return sent.size();
    }

    private Future<?> send(OutboxRow row) {
        try {
            return kafka.producer().send(new ProducerRecord<>(row.topic(), null, row.envelope().subject(),
                    row.payload(), CloudEventHeaders.of(row.envelope())));
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** True while the relay thread is gone or its rounds keep failing: readiness turns DOWN. */
    public boolean stuck() {
        Thread t = thread;
        return running && (t == null || !t.isAlive() || failedRounds >= 3);
    }

    /** Rows parked because the broker refused them. */
    public long parked() throws Exception {
        return repository.parked();
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

    private void countBacklogWhenDue() {
        if (Instant.now().isBefore(nextBacklogCount)) {
            return;
        }
        nextBacklogCount = Instant.now().plus(BACKLOG_COUNT_EVERY);
        backlog.set(backlogOrNaN(repository));
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
