package io.openrcm.claim.application;

import io.openrcm.claim.config.ClaimServiceConfig;
import io.openrcm.platform.concurrent.WakeUpSignal;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends READY claims: every run sends one interchange per payer that has READY claims. A run starts when a transaction
 * that made claims READY commits, after a short linger (rcm.claims.submission.linger) so that the commits right behind
 * it go in the same interchanges, and otherwise after the interval (rcm.claims.submission.interval) since the last
 * run ended, which also picks up claims a wake-up missed. A failed run is logged and the next one tries again; claims
 * stay READY meanwhile.
 */
@ApplicationScoped
public class SubmissionScheduler {

    private static final Logger LOG = Logger.getLogger(SubmissionScheduler.class);

    private final SubmissionService submissions;
    private final ClaimServiceConfig.SubmissionConfig config;
    private final WakeUpSignal runAsked = new WakeUpSignal();
    private final AtomicLong readyCommits = new AtomicLong();
    private ExecutorService payerRuns;
    private volatile boolean running;
    private Thread thread;

    @Inject
    public SubmissionScheduler(SubmissionService submissions, ClaimServiceConfig config) {
        this.submissions = submissions;
        this.config = config.submission();
    }

    void start(@Observes StartupEvent event) {
        if (!config.scheduled()) {
            LOG.info("Scheduled 837P submission is off (rcm.claims.submission.scheduled=false)");
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        payerRuns = Executors.newFixedThreadPool(Math.max(1, config.parallelPayers()), r -> {
            Thread t = new Thread(r, "claim-submission-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        running = true;
        thread = new Thread(this::loop, "claim-submission-scheduler");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Scheduled 837P submission %d ms after claims become READY, at the latest every %d ms",
                config.linger().toMillis(), interval());
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            payerRuns.shutdownNow();
        }
    }

    /** Claims became READY in a transaction that has now committed: run soon. */
    void onReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimsBecameReady event) {
        readyCommits.incrementAndGet();
        wake();
    }

    /** How many committed transactions have made claims READY since start-up. */
    public long readyCommits() {
        return readyCommits.get();
    }

    /** Asks for a run after the linger; several wake-ups before it make one run. */
    void wake() {
        runAsked.wake();
    }

    private void loop() {
        while (running) {
            try {
                awaitNextRun();
                runOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // The scheduler must outlive a failed run: its claims stay READY for the next one.
                if (running) {
                    LOG.warnf("Submission run failed, retried on the next run: %s", rootMessage(e));
                }
            }
        }
    }

    /** Until a wake-up (then the linger) or the interval, whichever comes first. */
    void awaitNextRun() throws InterruptedException {
        runAsked.await(Duration.ofMillis(interval()), config.linger());
    }

    private long interval() {
        return Math.max(10, config.interval().toMillis());
    }

    /**
     * One run: every payer with READY claims, one interchange each. The payers are sent side by side (each in its own
     * transaction), so one payer's round trips to the database do not hold up the next payer's claims.
     */
    void runOnce() {
        List<String> payers;
        try {
            payers = submissions.payersWithReadyClaims(true);
        } catch (RuntimeException e) {
            LOG.debugf("Submission run skipped: %s", rootMessage(e));
            return;
        }
        List<CompletableFuture<Void>> runs = new ArrayList<>(payers.size());
        for (String payerId : payers) {
            runs.add(CompletableFuture.runAsync(() -> submit(payerId), payerRuns));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
    }

    private void submit(String payerId) {
        try {
            submissions.submit(payerId);
        } catch (RuntimeException e) {
            LOG.warnf("Submission to payer %s failed, retried on the next run: %s", payerId, rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
