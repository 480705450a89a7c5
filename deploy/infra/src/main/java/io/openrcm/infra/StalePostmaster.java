package io.openrcm.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops a PostgreSQL server left running on a kept data directory by a run that was killed: pg_ctl starts its
 * server as a daemon, so it outlives a JVM that could not run its shutdown hook.
 */
final class StalePostmaster {

    private static final System.Logger LOG = System.getLogger(StalePostmaster.class.getName());
    private static final Duration GRACE = Duration.ofSeconds(15);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) {
        findRunning(dataDir).ifPresent(postmaster -> {
            LOG.log(System.Logger.Level.WARNING, "Stopping PostgreSQL (pid {0}) left running on {1} by an earlier run",
                    Long.toString(postmaster.pid()), dataDir);
            stop(postmaster);
        });
    }

    /** The live postmaster named in the data directory's lock file; a recycled pid of another program is ignored. */
    static Optional<ProcessHandle> findRunning(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Unreadable " + pidFile + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle postmaster) {
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients that may never disconnect.
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a stale PostgreSQL server", e);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Stale PostgreSQL (pid " + postmaster.pid() + ") did not stop within "
                    + GRACE.toSeconds() + " s; killing it");
            postmaster.destroyForcibly();
        }
    }
}
