package io.openrcm.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's server distribution ({@code org.keycloak:keycloak-quarkus-dist}) taken from the local Maven repository,
 * unpacked and built ({@code kc.sh build}) once into a cache shared by every run, so that later starts skip both.
 */
final class KeycloakDistribution {

    /** Overrides where the built distribution is kept (default {@code ~/.cache/openrcm/keycloak-VERSION}). */
    static final String CACHE_PROPERTY = "rcm.keycloak.cache";

    private static final System.Logger LOG = System.getLogger(KeycloakDistribution.class.getName());
    private static final String BUILT_MARKER = ".openrcm-built";
    // Build-time options: the embedded H2 file store and no health or metrics endpoints on a management port.
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=false", "--metrics-enabled=false");

    private KeycloakDistribution() {
    }

    static String version() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/rcm-infra.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("rcm-infra.properties is missing from the rcm-infra jar", e);
        }
    }

    /** The home directory of a built distribution; unpacks and builds it first when the cache has none. */
    static Path builtHome() {
        String version = version();
        Path home = cacheDirectory(version);
        if (Files.isRegularFile(home.resolve(BUILT_MARKER))) {
            return home;
        }
        try {
            Files.createDirectories(home.getParent());
            // Several builds on one machine may ask at once: one unpacks and builds, the others wait for it.
            try (FileChannel channel = FileChannel.open(home.resolveSibling(home.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.isRegularFile(home.resolve(BUILT_MARKER))) {
                    unpackAndBuild(version, home);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak " + version + " in " + home, e);
        }
    }

    private static Path cacheDirectory(String version) {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "openrcm", "keycloak-" + version);
    }

    private static Path distributionZip(String version) {
        String localRepository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path zip = Path.of(localRepository, "org", "keycloak", "keycloak-quarkus-dist", version,
                "keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak's distribution is not in the local Maven repository (" + zip
                    + "); building deploy/infra fetches it: ./mvnw -pl deploy/infra -am package -DskipTests");
        }
        return zip;
    }

    private static void unpackAndBuild(String version, Path home) throws IOException {
        long started = System.nanoTime();
        Path work = home.resolveSibling(home.getFileName() + ".partial");
        Directories.deleteRecursively(work);
        Files.createDirectories(work);
        unzip(distributionZip(version), work, "keycloak-" + version + "/");
        KeycloakProcess.runToCompletion(work, List.of("build"), BUILD_OPTIONS, work.resolve("build.log"), 600, TimeUnit.SECONDS);
        Files.writeString(work.resolve(BUILT_MARKER), String.join(" ", BUILD_OPTIONS));
        Directories.deleteRecursively(home);
        Files.move(work, home, StandardCopyOption.ATOMIC_MOVE);
        LOG.log(System.Logger.Level.INFO, "Keycloak {0} unpacked and built in {1} ms into {2}", version, Elapsed.millisSince(started), home);
    }

    private static void unzip(Path zip, Path target, String stripPrefix) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().startsWith(stripPrefix) ? entry.getName().substring(stripPrefix.length()) : entry.getName();
                Path out = target.resolve(name).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
