package io.openrcm.platform.clearinghouse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * A service's link to the clearinghouse, as both services run it: seeds the configured connection into the reference
 * data, then every polling interval, in one SFTP session, runs the service's outgoing tasks and takes its inbound
 * files ({@link MailboxPoller}). Gauges {@code rcm_clearinghouse_backlog{service,direction}} and
 * {@code rcm_clearinghouse_up{service}}; {@link #readiness()} for the service's readiness check.
 */
public final class ClearinghouseLink {

    private static final Logger LOG = Logger.getLogger(ClearinghouseLink.class);

    private final String service;
    private final ClearinghouseConfig config;
    private final ConnectionStore connections;
    private final AtomicLong backlog = new AtomicLong();
    private volatile MailboxRunner runner;
    private volatile String direction = "outbound";

    public ClearinghouseLink(String service, ClearinghouseConfig config, ConnectionStore connections) {
        this.service = service;
        this.config = config;
        this.connections = connections;
    }

    /**
     * Starts the link when rcm.clearinghouse.enabled.
     *
     * @param outgoing tasks run first in each session (claim-service's uploads); may be empty
     * @param intake the service's inbound files
     * @param kind what the intake takes, for the ledger
     * @param backlogCount files waiting to travel (counted once per round, never on a scrape)
     * @param direction the backlog's direction tag: outbound (to the clearinghouse) or inbound
     */
    public void start(List<MailboxTask> outgoing, FileIntake intake, FileLedger ledger, String kind,
            LongSupplier backlogCount, String direction, MeterRegistry meters, Clock clock) {
        if (!config.enabled()) {
            LOG.infof("%s: no clearinghouse (rcm.clearinghouse.enabled=false)", service);
            return;
        }
        this.direction = direction;
        connections.upsert(Connection.of(config), clock.instant());
        List<MailboxTask> tasks = new ArrayList<>(outgoing);
        tasks.add(new MailboxPoller(intake, ledger, kind, SystemActor.of(service, config.id()).subject(), clock));
        Runnable count = () -> {
            try {
                backlog.set(backlogCount.getAsLong());
            } catch (RuntimeException e) {
                LOG.debugf("Clearinghouse backlog not counted: %s", e.getMessage());
            }
        };
        tasks.add((session, c) -> count.run());
        runner = new MailboxRunner(service + "-clearinghouse", () -> {
            count.run();
            return connections.find(config.id());
        }, tasks, clock, connections.roundGuard(service + "/" + config.id()));
        Gauge.builder("rcm.clearinghouse.backlog", backlog, AtomicLong::get)
                .description("Files waiting to travel through the clearinghouse").tag("service", service)
                .tag("direction", direction).register(meters);
        Gauge.builder("rcm.clearinghouse.up", this, l -> l.health().map(h -> h.up() ? 1.0 : 0.0).orElse(0.0))
                .description("1 while the last round with the clearinghouse went through").tag("service", service)
                .register(meters);
        runner.start();
        LOG.infof("%s: clearinghouse %s at %s:%d, every %s", service, config.id(), config.host().orElse("?"),
                config.port(), config.pollEvery());
    }

    public void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    /** The link's health, while it runs. */
    public Optional<ConnectionHealth> health() {
        return Optional.ofNullable(runner).map(MailboxRunner::health);
    }

    /** The link as an operator sees it, with the count of files that could not be read. */
    public ClearinghouseStatus status(long failedFiles) {
        Optional<ConnectionHealth> health = health();
        if (health.isEmpty()) {
            return new ClearinghouseStatus(service, config.id(), config.enabled(),
                    config.enabled() ? "STARTING" : "OFF", 0, null, false, null, backlog.get(), direction, failedFiles);
        }
        ConnectionHealth h = health.get();
        String state = h.consecutiveFailures() > 0 ? "DOWN" : h.up() ? "UP" : "STARTING";
        return new ClearinghouseStatus(service, config.id(), true, state, h.consecutiveFailures(),
                h.connectionError(), h.hostKeyRefused(), h.lastSuccess(), backlog.get(), direction, failedFiles);
    }

    /**
     * DOWN while its rounds fail (server down or refusing, a host key refused), with the reason and the backlog; UP
     * without a clearinghouse, or until the first round has run.
     */
    public HealthCheckResponse readiness() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rcm-clearinghouse");
        Optional<ConnectionHealth> health = health();
        if (health.isEmpty()) {
            return response.up().withData("enabled", config.enabled()).build();
        }
        ConnectionHealth h = health.get();
        response.status(h.consecutiveFailures() == 0).withData("backlog", backlog.get())
                .withData("consecutive-failures", h.consecutiveFailures());
        if (h.hostKeyRefused()) {
            response.withData("host-key", "refused");
        }
        if (h.lastError() != null) {
            response.withData("last-error", h.lastError());
        }
        return response.build();
    }
}
