package io.openrcm.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Keycloak's {@code kc.sh} with the JDK of this JVM and its output in a log file. */
final class KeycloakProcess {

    private KeycloakProcess() {
    }

    /**
     * Starts {@code kc.sh} from a distribution; {@code kc.home.dir} may point elsewhere (a run directory with its own
     * data and configuration), the libraries always come from the distribution.
     */
    static Process start(Path distribution, Path homeDirectory, List<String> command, List<String> options, Path logFile) throws IOException {
        List<String> line = new ArrayList<>(List.of("bash", distribution.resolve("bin/kc.sh").toString(),
                "-Dkc.home.dir=" + homeDirectory, "-Djboss.server.config.dir=" + homeDirectory.resolve("conf")));
        line.addAll(command);
        line.addAll(options);
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(homeDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Our own JVM options must not leak into Keycloak's (a test JVM's agent or debug port, for instance).
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JAVA_OPTS");
        return builder.start();
    }

    /** Runs a kc.sh command that ends by itself (the build step) and fails unless it exits 0 in time. */
    static void runToCompletion(Path distribution, List<String> command, List<String> options, Path logFile,
                                long timeout, TimeUnit unit) throws IOException {
        Process process = start(distribution, distribution, command, options, logFile);
        try {
            if (!process.waitFor(timeout, unit)) {
                stop(process, 10);
                throw new IllegalStateException("kc.sh " + command + " did not finish in " + timeout + " " + unit + " (log: " + logFile + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process, 10);
            throw new IllegalStateException("Interrupted while running kc.sh " + command, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kc.sh " + command + " exited with " + process.exitValue() + " (log: " + logFile + ")");
        }
    }

    /** Asks the process tree to stop (kc.sh forwards SIGTERM to the JVM), then kills what is left after the grace period. */
    static void stop(Process process, long graceSeconds) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
