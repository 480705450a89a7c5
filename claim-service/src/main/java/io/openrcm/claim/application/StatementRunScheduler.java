package io.openrcm.claim.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jboss.logging.Logger;

/**
 * Fires the monthly statement run on rcm.claims.patient.statement-run.cron ({@code off} disables it): each practice in
 * a transaction of its own, so one practice's failure neither stops the others nor marks its month as run.
 */
@ApplicationScoped
public class StatementRunScheduler {

    private static final Logger LOG = Logger.getLogger(StatementRunScheduler.class);

    private final StatementRunService runs;
    private final Clock clock;

    @Inject
    public StatementRunScheduler(StatementRunService runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(identity = "monthly-statement-run", cron = "{rcm.claims.patient.statement-run.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fire() {
        LocalDate today = LocalDate.now(clock);
        for (String practice : runs.practices()) {
            try {
                runs.runMonth(practice, today).ifPresent(made -> LOG.infof("Statement run of practice %s for %s:"
                        + " %d statements", practice, YearMonth.from(today), made.size()));
            } catch (RuntimeException e) {
                // Its guard row rolled back with it: the next firing of the month runs it again.
                LOG.warnf("Statement run of practice %s failed, tried again on the next firing: %s", practice,
                        e.getClass().getSimpleName());
            }
        }
    }
}
