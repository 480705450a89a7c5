package io.openrcm.claim.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.claim.application.SubmissionDelivery;
import io.openrcm.platform.clearinghouse.ClearinghouseConfig;
import io.openrcm.platform.clearinghouse.Connection;
import io.openrcm.platform.clearinghouse.ConnectionHealth;
import io.openrcm.platform.clearinghouse.ConnectionStore;
import io.openrcm.platform.clearinghouse.JdbcFileLedger;
import io.openrcm.platform.clearinghouse.MailboxPoller;
import io.openrcm.platform.clearinghouse.MailboxRunner;
import io.openrcm.platform.clearinghouse.SystemActor;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * claim-service's link to the clearinghouse (rcm.clearinghouse.enabled): seeds the configured connection into the
 * reference data, then every polling interval, in one SFTP session, uploads the 837P files waiting and takes the 999
 * and 277CA files waiting. Gauges: {@code rcm_clearinghouse_backlog{direction="outbound"}} (files not delivered yet)
 * and {@code rcm_clearinghouse_up}; readiness in {@link ClearinghouseReadiness}.
 */
@ApplicationScoped
public class ClearinghouseLink {

    private static final Logger LOG = Logger.getLogger(ClearinghouseLink.class);

    @Inject
    ClearinghouseConfig config;
    @Inject
    ConnectionStore connections;
    @Inject
    JdbcFileLedger files;
    @Inject
    ClaimFileUploads uploads;
    @Inject
    AcknowledgmentFileIntake acknowledgments;
    @Inject
    SubmissionDelivery delivery;
    @Inject
    MeterRegistry meters;
    @Inject
    Clock clock;

    private final AtomicLong backlog = new AtomicLong();
    private volatile MailboxRunner runner;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("No clearinghouse (rcm.clearinghouse.enabled=false): 837P files wait at GET /submissions");
            return;
        }
        connections.upsert(Connection.of(config), clock.instant());
        MailboxPoller poller = new MailboxPoller(acknowledgments, files, "999/277",
                SystemActor.of("claim-service", config.id()).subject(), clock);
        runner = new MailboxRunner("claim-clearinghouse", this::connection, List.of(uploads, poller,
                (session, c) -> refreshBacklog()), clock);
        Gauge.builder("rcm.clearinghouse.backlog", backlog, AtomicLong::get)
                .description("837P files written and not yet delivered to the clearinghouse")
                .tag("direction", "outbound").register(meters);
        Gauge.builder("rcm.clearinghouse.up", this, l -> l.health().map(h -> h.up() ? 1.0 : 0.0).orElse(0.0))
                .description("1 while the last round with the clearinghouse went through").register(meters);
        runner.start();
        LOG.infof("Clearinghouse %s at %s:%d, every %s", config.id(), config.host().orElse("?"), config.port(),
                config.pollEvery());
    }

    void stop(@Observes ShutdownEvent event) {
        if (runner != null) {
            runner.close();
        }
    }

    private Optional<Connection> connection() {
        refreshBacklog();
        return connections.find(config.id());
    }

    private void refreshBacklog() {
        try {
            backlog.set(delivery.backlog());
        } catch (RuntimeException e) {
            LOG.debugf("Backlog not counted: %s", e.getMessage());
        }
    }

    /** The link's health, while it runs. */
    public Optional<ConnectionHealth> health() {
        return Optional.ofNullable(runner).map(MailboxRunner::health);
    }

    public boolean enabled() {
        return config.enabled();
    }

    public long backlog() {
        return backlog.get();
    }
}
