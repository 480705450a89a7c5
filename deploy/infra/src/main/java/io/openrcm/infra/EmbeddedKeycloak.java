package io.openrcm.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak, run as a child process on 127.0.0.1 from Maven Central's distribution, with one realm imported
 * from a file. Its database (H2) lives in the run directory and is started afresh: the realm file is the truth.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedKeycloak.class.getName());
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final int port;
    private final String realm;
    private boolean closed;

    private EmbeddedKeycloak(Process process, int port, String realm) {
        this.process = process;
        this.port = port;
        this.realm = realm;
    }

    /**
     * Starts Keycloak with its files under runDirectory and imports realmFile, after replacing each placeholder of
     * realmPlaceholders by its value (keys generated at start, for instance). Port 0 picks a free one.
     */
    public static EmbeddedKeycloak start(Path runDirectory, int port, String realm, Path realmFile,
                                         Map<String, String> realmPlaceholders, Duration startupTimeout) {
        long started = System.nanoTime();
        Path distribution = KeycloakDistribution.builtHome();
        Path run = runDirectory.toAbsolutePath();
        try {
            prepareRunDirectory(run, distribution, realm, realmFile, realmPlaceholders);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak's run directory " + run, e);
        }
        for (int attempt = 1; ; attempt++) {
            int httpPort = port == 0 ? FreePorts.pick() : port;
            if (port != 0 && !FreePorts.isFree(port)) {
                throw new IllegalStateException("Cannot start Keycloak: port " + port + " on 127.0.0.1 is already in use");
            }
            Path logFile = run.resolve("keycloak.log");
            try {
                Process process = KeycloakProcess.start(distribution, run, List.of("start"), List.of("--optimized",
                        "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                        "--http-management-port=" + FreePorts.pick(), "--hostname-strict=false", "--cache=local",
                        "--import-realm"), logFile);
                EmbeddedKeycloak keycloak = new EmbeddedKeycloak(process, httpPort, realm);
                if (keycloak.awaitDiscovery(startupTimeout)) {
                    LOG.log(System.Logger.Level.INFO, "Keycloak ready on port {0} in {1} ms (realm {2}, log {3})",
                            Integer.toString(httpPort), Elapsed.millisSince(started), realm, logFile);
                    return keycloak;
                }
                keycloak.close();
                if (process.isAlive() || port != 0 || attempt == START_ATTEMPTS) {
                    throw new IllegalStateException("Keycloak did not answer on port " + httpPort + " within "
                            + startupTimeout.toSeconds() + " s (log: " + logFile + ")");
                }
                // It exited early: most likely another process took the picked port first; try another one.
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start Keycloak (log: " + logFile + ")", e);
            }
        }
    }

    private static void prepareRunDirectory(Path run, Path distribution, String realm, Path realmFile,
                                            Map<String, String> placeholders) throws IOException {
        // Fresh data on every start: the realm is imported from the file, never carried over from an older version.
        Directories.deleteRecursively(run.resolve("data"));
        Files.createDirectories(run.resolve("data/import"));
        Files.createDirectories(run.resolve("conf"));
        // kc.home.dir points here for the data; the built libraries, providers and themes stay in the shared cache.
        for (String shared : List.of("lib", "providers", "themes")) {
            Path link = run.resolve(shared);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, distribution.resolve(shared));
        }
        String text = Files.readString(realmFile);
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            text = text.replace(placeholder.getKey(), placeholder.getValue());
        }
        Files.writeString(run.resolve("data/import/" + realm + "-realm.json"), text);
    }

    private boolean awaitDiscovery(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** {@code http://127.0.0.1:port}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of the imported realm, which is also its OIDC auth-server URL. */
    public String issuer() {
        return baseUrl() + "/realms/" + realm;
    }

    /** The token endpoint of the imported realm. */
    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        KeycloakProcess.stop(process, 30);
        LOG.log(System.Logger.Level.INFO, "Keycloak on port {0} stopped in {1} ms", Integer.toString(port), Elapsed.millisSince(started));
    }
}
