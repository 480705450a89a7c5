package io.openrcm.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Records each running service's pid, so a launcher killed without its shutdown hook (kill -9) leaves a trace:
 * the next start stops those orphans, which would otherwise hold the service ports.
 */
final class ServicePidFiles {

    private static final System.Logger LOG = System.getLogger(ServicePidFiles.class.getName());

    private static final Pattern COPY = Pattern.compile("(.+)-([2-9]|[1-9][0-9]+)");

    private final Path dir;

    ServicePidFiles(Path dir) {
        this.dir = dir;
    }

    void record(ServiceProcess service) {
        try {
            Files.createDirectories(dir);
            Files.writeString(file(service.name()), Long.toString(service.pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the pid file of " + service.name() + ": " + e.getMessage());
        }
    }

    void forget(String serviceName) {
        try {
            Files.deleteIfExists(file(serviceName));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the pid file of " + serviceName + ": " + e.getMessage());
        }
    }

    /**
     * Stops services left running by an earlier launcher, all at once, every copy of them (an earlier launcher may
     * have run more copies than this one will); only called while holding the data directory's lock, so no live
     * launcher owns them.
     */
    void stopOrphans(List<String> serviceNames) {
        List<ProcessHandle> orphans = new ArrayList<>();
        List<String> pidNames = recordedCopiesOf(serviceNames);
        for (String name : pidNames) {
            orphan(name, serviceOf(name, serviceNames)).ifPresent(process -> {
                LOG.log(System.Logger.Level.WARNING, "Stopping {0} (pid {1}) left running by an earlier launcher",
                        name, Long.toString(process.pid()));
                process.destroy();
                orphans.add(process);
            });
        }
        for (ProcessHandle process : orphans) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        pidNames.forEach(this::forget);
    }

    // The pid files of the services and of their further copies (claim-service-2.pid, ...).
    private List<String> recordedCopiesOf(List<String> serviceNames) {
        List<String> names = new ArrayList<>(serviceNames);
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pid"))
                    .map(f -> f.substring(0, f.length() - ".pid".length()))
                    .filter(name -> !names.contains(name) && serviceOf(name, serviceNames) != null)
                    .sorted().forEach(names::add);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list the pid files in " + dir + ": " + e.getMessage());
        }
        return names;
    }

    /** The service a pid file's name belongs to ({@code claim-service-2}: claim-service), or null. */
    static String serviceOf(String pidName, List<String> serviceNames) {
        if (serviceNames.contains(pidName)) {
            return pidName;
        }
        Matcher copy = COPY.matcher(pidName);
        return copy.matches() && serviceNames.contains(copy.group(1)) ? copy.group(1) : null;
    }

    private Optional<ProcessHandle> orphan(String pidName, String serviceName) {
        Path file = file(pidName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
            // A pid may have been recycled since: only a JVM running this service's jar is ours to stop.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> process.info().commandLine()
                    .map(line -> line.contains(serviceName) && line.contains("quarkus-run.jar")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path file(String serviceName) {
        return dir.resolve(serviceName + ".pid");
    }
}
