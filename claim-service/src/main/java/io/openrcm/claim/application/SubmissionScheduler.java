package io.openrcm.claim.application;

import io.openrcm.claim.config.ClaimServiceConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends READY claims on a short fixed delay (rcm.claims.submission.interval): every run sends one interchange per
 * payer that has READY claims. A failed run is logged and the next one tries again; claims stay READY meanwhile.
 */
@ApplicationScoped
public class SubmissionScheduler {

    private static final Logger LOG = Logger.getLogger(SubmissionScheduler.class);

    private final SubmissionService submissions;
    private final ClaimServiceConfig.SubmissionConfig config;
    private ScheduledExecutorService executor;

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
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claim-submission-scheduler");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(10, config.interval().toMillis());
        executor.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
        LOG.infof("Scheduled 837P submission every %d ms", millis);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One run: every payer with READY claims, one interchange each. */
    void runOnce() {
        try {
            for (String payerId : submissions.payersWithReadyClaims(true)) {
                try {
                    submissions.submit(payerId);
                } catch (RuntimeException e) {
                    LOG.warnf("Submission to payer %s failed, retried on the next run: %s", payerId,
                            rootMessage(e));
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf("Submission run skipped: %s", rootMessage(e));
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
