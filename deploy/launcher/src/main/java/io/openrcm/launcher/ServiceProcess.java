package io.openrcm.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.openrcm.infra.TrustedCa;

/** One running service: a child JVM started from the service's packaged Quarkus jar. */
public final class ServiceProcess {

    private static final System.Logger LOG = System.getLogger(ServiceProcess.class.getName());
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_LINES_ON_FAILURE = 40;

    // Whoever started the process with a trust store (the stack's CA) polls its readiness over HTTPS trusting that CA.
    static final String TRUST_VARIABLE = "QUARKUS_TLS_TRUST_STORE_PEM_CERTS";

    /** glibc's limit on malloc arenas, set for every service unless the environment sets it. */
    static final String MALLOC_ARENAS = "MALLOC_ARENA_MAX";

    private final ServiceSpec spec;
    private final String instanceName;
    private final Process process;
    private final Path logFile;
    private final HttpClient http;

    private ServiceProcess(ServiceSpec spec, String instanceName, Process process, Path logFile, String caPem) {
        this.spec = spec;
        this.instanceName = instanceName;
        this.process = process;
        this.logFile = logFile;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1));
        if (caPem != null) {
            builder.sslContext(TrustedCa.sslContext(Path.of(caPem)));
        }
        this.http = builder.build();
    }

    /**
     * Starts {@code java <jvmOptions> -jar <module>/target/quarkus-app/quarkus-run.jar} in the module's directory, with
     * the given environment added to this JVM's, appending its output to logFile. Returns at once: call
     * {@link #awaitReady} to wait for the service.
     */
    public static ServiceProcess start(ServiceSpec spec, Path repoRoot, List<String> jvmOptions, Map<String, String> environment,
                                       Path logFile) {
        return start(new ServiceInstance(spec, 1), repoRoot, jvmOptions, environment, logFile);
    }

    /** Like {@link #start(ServiceSpec, Path, List, Map, Path)}, for one copy of a service ({@code {service}} is its name). */
    public static ServiceProcess start(ServiceInstance instance, Path repoRoot, List<String> jvmOptions,
                                       Map<String, String> environment, Path logFile) {
        ServiceSpec spec = instance.spec();
        Path jar = spec.jar(repoRoot);
        if (!Files.isRegularFile(jar)) {
            throw new StackException("No packaged jar for " + spec.name() + " at " + jar
                    + ": build it first with ./mvnw -DskipTests package (or deploy/run.sh, which does)");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        // {service} lets one option name a per-service file, such as a flight recording.
        jvmOptions.forEach(option -> command.add(option.replace("{service}", instance.name())));
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(repoRoot.resolve(spec.module()).toFile()).redirectErrorStream(true);
        // glibc gives each thread that allocates its own 64 MB malloc arena; a JVM's compiler, GC and pool threads
        // then hold tens of MB of native memory each service does not need. Two arenas, unless the user chose.
        builder.environment().putIfAbsent(MALLOC_ARENAS, "2");
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            // A header per start: the log is appended across restarts and one must see where each run begins.
            Files.writeString(logFile, System.lineSeparator() + "----- " + Instant.now() + " starting " + instance.name()
                    + " on port " + spec.port() + " -----" + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Process process = builder.start();
            LOG.log(System.Logger.Level.INFO, "Started {0} (pid {1}) on port {2}", instance.name(),
                    Long.toString(process.pid()), Integer.toString(spec.port()));
            return new ServiceProcess(spec, instance.name(), process, logFile, environment.get(TRUST_VARIABLE));
        } catch (IOException e) {
            throw new StackException("Could not start " + spec.name() + " from " + jar + ": " + e.getMessage(), e);
        }
    }

    /** The java launcher of the JVM running this code, so services run on the same Java as the launcher. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** The name of this copy: the service's for the first one, e.g. {@code claim-service-2} for the second. */
    public String name() {
        return instanceName;
    }

    public String baseUrl() {
        return spec.baseUrl();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Polls {@code /q/health/ready} until it answers 200. Fails at once if the process exits, or after the timeout,
     * with the end of the service's log in the message.
     */
    public void awaitReady(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        URI ready = URI.create(baseUrl() + "/q/health/ready");
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure(name() + " exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    LOG.log(System.Logger.Level.INFO, "{0} ready at {1} after {2} ms", name(), baseUrl(),
                            Long.toString((System.nanoTime() - started) / 1_000_000));
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while waiting for " + name(), e);
            }
            sleep(POLL_INTERVAL);
        }
        throw failure(name() + " was not ready at " + ready + " within " + timeout.toSeconds() + " s (last answer: " + lastAnswer + ")");
    }

    /** Asks the service to shut down (SIGTERM) and waits up to 20 s before killing it. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "{0} did not stop within {1} s; killing it", name(), Long.toString(STOP_GRACE.toSeconds()));
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Kills the service at once (SIGKILL), as a crash would, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private StackException failure(String problem) {
        return new StackException(problem + ". Last lines of " + logFile + ":" + System.lineSeparator()
                + LogTail.of(logFile, LOG_LINES_ON_FAILURE));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for a service", e);
        }
    }
}
