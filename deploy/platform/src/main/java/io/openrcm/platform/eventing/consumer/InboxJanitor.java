package io.openrcm.platform.eventing.consumer;

import io.openrcm.platform.eventing.EventingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Keeps {@code processed_event} from growing without bound: every few minutes, forgets ids past their retention. */
@ApplicationScoped
public class InboxJanitor {

    private static final Logger LOG = Logger.getLogger(InboxJanitor.class);
    private static final long EVERY_MINUTES = 10;

    private final InboxRepository inbox;
    private final EventingConfig config;
    private ScheduledExecutorService schedule;

    @Inject
    public InboxJanitor(InboxRepository inbox, EventingConfig config) {
        this.inbox = inbox;
        this.config = config;
    }

    /** Starts the periodic purge; the first runs one interval after start-up. */
    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rcm-inbox-janitor");
            t.setDaemon(true);
            return t;
        });
        schedule.scheduleWithFixedDelay(this::purge, EVERY_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** Purges once now; returns how many ids were forgotten. */
    public int purge() {
        Instant cutoff = Instant.now().minus(config.consumer().inboxRetention());
        try {
            int purged = inbox.purgeProcessedBefore(cutoff);
            if (purged > 0) {
                LOG.infof("Forgot %d processed event ids older than %s", purged, cutoff);
            }
            return purged;
        } catch (Exception e) {
            LOG.warnf("Inbox purge failed, trying again in %d minutes: %s", EVERY_MINUTES, e.getMessage());
            return 0;
        }
    }

    /** Stops the periodic purge. */
    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }
}
