package io.openrcm.code.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.code.config.MicroBatchConfig;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.platform.audit.AuditOutcome;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.problem.Problem;
import io.openrcm.platform.problem.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Groups single encounter requests that arrive together into one transaction of {@link EncounterBatchService}: up to
 * {@code max-size} requests or {@code max-wait} after the first, whichever comes first. Each request still gets its
 * own answer, idempotency and audit record (with its own caller; the group's records in one insert); a group that
 * fails as a whole hands every request back to run on its own.
 *
 * One daemon thread takes groups from a bounded queue. A caller of {@link #code} blocks on its own future;
 * {@link #codeLater} hands the caller a stage instead, so a REST request waiting for its group holds no worker thread
 * (with hundreds of single POSTs in flight, a blocked worker each cost threads, memory and a ceiling on how many can
 * wait). When the queue is full, grouping is off or the service is stopping, a request runs on its own, in a
 * transaction of its own: on the caller's thread for {@link #code}, on a worker for {@link #codeLater}.
 */
@ApplicationScoped
public class EncounterMicroBatcher {

    private static final Logger LOG = Logger.getLogger(EncounterMicroBatcher.class);
    private static final long IDLE_POLL_MILLIS = 200;

    private final EncounterBatchService batches;
    private final EncounterService single;
    private final AuditTrail trail;
    private final ManagedExecutor workers;
    private final int maxSize;
    private final long maxWaitNanos;
    private final BlockingQueue<Pending> queue;
    private final Counter groups;
    private final Counter grouped;
    private volatile boolean running;
    private volatile Thread worker;

    @Inject
    public EncounterMicroBatcher(EncounterBatchService batches, EncounterService single, AuditTrail trail,
            MicroBatchConfig config, MeterRegistry meters, ManagedExecutor workers) {
        this.batches = batches;
        this.single = single;
        this.trail = trail;
        this.workers = workers;
        this.maxSize = Math.max(0, config.maxSize());
        this.maxWaitNanos = Math.max(0, config.maxWait().toNanos());
        this.queue = new ArrayBlockingQueue<>(Math.max(1, maxSize) * 16);
        this.groups = meters.counter("rcm.encounters.micro-batches");
        this.grouped = meters.counter("rcm.encounters.micro-batched");
    }

    /**
     * A request waiting for its group: what it asks, the audit record of its outcome, what else its sender writes
     * with the outcome, and its own answer.
     */
    private record Pending(EncounterContent content, String correlationId,
            Function<CodingOutcome, AuditTrail.Attributed> audit, Consumer<CodingOutcome> alsoInTransaction,
            CompletableFuture<Optional<BatchOutcome>> answer) {
    }

    /** Whether requests are grouped at all (both settings above 0). */
    public boolean enabled() {
        return maxSize > 0 && maxWaitNanos > 0;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "encounter-micro-batcher");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread w = worker;
        if (w != null) {
            // No interrupt: a group in its transaction finishes; the idle poll sees the flag within its timeout.
            try {
                w.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        handBack(drain());
    }

    /**
     * As {@link EncounterService#code(EncounterContent, String, java.util.function.Consumer)}, grouped with the
     * requests that arrive together; blocks until this request's own answer. The outcome's audit record, made by
     * {@code audit}, is written in the transaction that stores it; {@code audit} may run on another thread, so it
     * must not use request-scoped beans.
     *
     * @throws ProblemException 409 for a conflicting retry, as a request of its own would
     */
    public CodingOutcome code(EncounterContent content, String correlationId,
            Function<CodingOutcome, AuditTrail.Attributed> audit) {
        return code(content, correlationId, audit, outcome -> { });
    }

    /**
     * As {@link #code(EncounterContent, String, Function)}, and {@code alsoInTransaction} writes what the sender keeps
     * with the outcome (an HL7 message's log row and acknowledgment) in the transaction that stores it, before the
     * audit record. It may run on another thread and, when a group fails, once more on this one: it must not use
     * request-scoped beans, and whatever it leaves behind is that of the transaction that committed.
     */
    public CodingOutcome code(EncounterContent content, String correlationId,
            Function<CodingOutcome, AuditTrail.Attributed> audit, Consumer<CodingOutcome> alsoInTransaction) {
        Pending pending = new Pending(content, correlationId, audit, alsoInTransaction, new CompletableFuture<>());
        if (!enqueued(pending)) {
            return alone(pending);
        }
        Optional<BatchOutcome> answer;
        try {
            answer = pending.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return answer.isEmpty() ? alone(pending) : outcomeOf(answer.get());
    }

    /**
     * As {@link #code(EncounterContent, String, Function)}, without holding the calling thread at all: the stage
     * completes with the request's own outcome, or fails with the exception a request of its own would have thrown (a
     * {@link ProblemException} for a conflicting retry). It may be called on an event loop: a request that cannot join
     * a group (queue full, grouping off, stopping) or that a failed group hands back runs on a worker thread.
     */
    public CompletionStage<CodingOutcome> codeLater(EncounterContent content, String correlationId,
            Function<CodingOutcome, AuditTrail.Attributed> audit) {
        Pending pending = new Pending(content, correlationId, audit, outcome -> { }, new CompletableFuture<>());
        CompletableFuture<CodingOutcome> result = new CompletableFuture<>();
        if (!enqueued(pending)) {
            aloneOnAWorker(pending, result);
            return result;
        }
        pending.answer().whenComplete((answer, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure); // as the batcher failed it: answers are completed directly
            } else if (answer.isEmpty()) {
                // Never on the batcher's thread: the next group would wait behind this request's own transaction.
                aloneOnAWorker(pending, result);
            } else {
                try {
                    result.complete(outcomeOf(answer.get()));
                } catch (ProblemException e) {
                    result.completeExceptionally(e);
                }
            }
        });
        return result;
    }

    /** Whether the batcher will take the request: false when grouping is off, the queue is full or it is stopping. */
    private boolean enqueued(Pending pending) {
        if (!running || !queue.offer(pending)) {
            return false;
        }
        // Stopped between the check and the offer: the batcher will not take it any more.
        return running || !queue.remove(pending);
    }

    private void aloneOnAWorker(Pending pending, CompletableFuture<CodingOutcome> result) {
        Runnable runAlone = () -> {
            try {
                result.complete(alone(pending));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        try {
            workers.execute(runAlone);
        } catch (RejectedExecutionException e) {
            runAlone.run(); // the workers are stopping with the service: here, rather than never
        }
    }

    private static CodingOutcome outcomeOf(BatchOutcome outcome) {
        if (outcome.problem() != null) {
            throw problem(outcome.problem());
        }
        return new CodingOutcome(outcome.encounter(), outcome.created());
    }

    private CodingOutcome alone(Pending p) {
        return single.code(p.content(), p.correlationId(), o -> {
            p.alsoInTransaction().accept(o);
            trail.inTransaction(List.of(p.audit().apply(o)), AuditOutcome.SUCCESS, null);
        });
    }

    private void loop() {
        while (running) {
            List<Pending> group;
            try {
                group = nextGroup();
            } catch (InterruptedException e) {
                break;
            }
            if (!group.isEmpty()) {
                run(group);
            }
        }
    }

    private List<Pending> nextGroup() throws InterruptedException {
        Pending first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<Pending> group = new ArrayList<>(maxSize);
        group.add(first);
        long deadline = System.nanoTime() + maxWaitNanos;
        while (group.size() < maxSize) {
            queue.drainTo(group, maxSize - group.size());
            long left = deadline - System.nanoTime();
            if (group.size() >= maxSize || left <= 0) {
                break;
            }
            Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            group.add(next);
        }
        return group;
    }

    private void run(List<Pending> group) {
        groups.increment();
        grouped.increment(group.size());
        List<BatchItem> items = group.stream().map(p -> BatchItem.valid(p.content(), p.correlationId())).toList();
        try {
            List<BatchOutcome> outcomes = batches.codeGroup(items, done -> {
                List<AuditTrail.Attributed> audits = new ArrayList<>(done.size());
                for (int i = 0; i < done.size(); i++) {
                    BatchOutcome o = done.get(i);
                    if (o.encounter() != null) {
                        CodingOutcome outcome = new CodingOutcome(o.encounter(), o.created());
                        group.get(i).alsoInTransaction().accept(outcome);
                        audits.add(group.get(i).audit().apply(outcome));
                    }
                }
                if (!audits.isEmpty()) {
                    trail.inTransaction(audits, AuditOutcome.SUCCESS, null);
                }
            });
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer().complete(Optional.of(outcomes.get(i)));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).answer().completeExceptionally(e);
                return;
            }
            // Whatever failed the group (one request's content, its audit, the database), no request is failed by
            // another's: each runs again on its own thread, in a transaction of its own.
            LOG.debugf("A micro-batch of %d failed (%s); each request runs on its own", group.size(),
                    e.getClass().getSimpleName());
        } finally {
            // Never leaves a request waiting: any still unanswered (a failed group, an Error) runs on its own.
            handBack(group);
        }
    }

    private List<Pending> drain() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        return left;
    }

    private static void handBack(List<Pending> pending) {
        pending.forEach(p -> p.answer().complete(Optional.empty()));
    }

    /** The outcome's problem as the exception a request of its own would have thrown. */
    private static ProblemException problem(Problem p) {
        String slug = p.type().startsWith(Problem.TYPE_BASE) ? p.type().substring(Problem.TYPE_BASE.length())
                : p.type();
        return new ProblemException(p.status(), slug, p.title(), p.detail(), p.violations());
    }
}
