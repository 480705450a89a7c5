package io.openrcm.platform.clearinghouse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a service's mailbox tasks in one SFTP session per round, on a thread of its own: every polling interval while
 * the clearinghouse answers, backing off (doubling, up to five minutes) while it is down, refuses us, or presents
 * another host key. {@link #health()} feeds readiness and the metrics.
 */
public final class MailboxRunner implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailboxRunner.class);
    private static final long TICK_MILLIS = 250;

    private final Supplier<Optional<Connection>> connection;
    private final List<MailboxTask> tasks;
    private final SftpMailbox mailbox = new SftpMailbox();
    private final ConnectionHealth health = new ConnectionHealth();
    private final Clock clock;
    private final String name;
    private final RoundGuard guard;
    private volatile Instant nextRound = Instant.EPOCH;
    private ScheduledExecutorService executor;

    public MailboxRunner(String name, Supplier<Optional<Connection>> connection, List<MailboxTask> tasks,
            Clock clock) {
        this(name, connection, tasks, clock, RoundGuard.none());
    }

    /** With a guard that lets one copy of the service at a time run a round ({@link RoundGuard}). */
    public MailboxRunner(String name, Supplier<Optional<Connection>> connection, List<MailboxTask> tasks,
            Clock clock, RoundGuard guard) {
        this.name = name;
        this.connection = connection;
        this.tasks = List.copyOf(tasks);
        this.clock = clock;
        this.guard = guard;
    }

    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (clock.instant().isBefore(nextRound)) {
            return;
        }
        try {
            Optional<Connection> c = connection.get();
            if (c.isEmpty() || !c.get().enabled()) {
                nextRound = clock.instant().plusSeconds(5);
                return;
            }
            if (!guard.runExclusively(() -> runOnce(c.get()))) {
                // Another copy of the service holds the round: try again after the polling interval.
                nextRound = clock.instant().plus(c.get().pollEvery());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Clearinghouse round failed: %s", e.toString());
            nextRound = clock.instant().plusSeconds(5);
        }
    }

    /** One round now: a session, every task, then the next round planned (sooner or later after a failure). */
    public void runOnce(Connection c) {
        try (MailboxSession session = mailbox.open(c)) {
            for (MailboxTask task : tasks) {
                task.run(session, c);
            }
            health.succeeded(clock.instant());
        } catch (Exception e) {
            boolean first = health.consecutiveFailures() == 0;
            health.failed(e);
            if (e instanceof HostKeyRefusedException) {
                LOG.errorf("Clearinghouse %s refused: %s", c.id(), e.getMessage());
            } else if (first) {
                // Said once when it starts failing, not every round for as long as the server is away.
                LOG.warnf("Clearinghouse %s unreachable, retried with backoff: %s", c.id(), e.toString());
            }
        }
        Duration delay = health.nextDelay(c.pollEvery());
        nextRound = clock.instant().plus(delay);
    }

    public ConnectionHealth health() {
        return health;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
        try {
            mailbox.close();
        } catch (java.io.IOException e) {
            LOG.debugf("SSH client stop: %s", e.getMessage());
        }
    }
}
