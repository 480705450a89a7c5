package io.openrcm.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data folder beside the clone ({@code ../shared/data}, or the system property {@code rcm.shared.data}):
 * the one way tests reach it. A test whose file is missing is skipped, and the skip names the missing path.
 */
public final class SharedData {

    /** The system property the root pom passes to every test JVM; override with -Drcm.shared.data=... */
    public static final String PROPERTY = "rcm.shared.data";

    private SharedData() {
    }

    /** The data folder: the property's value, else {@code ../shared/data} beside the clone's root. */
    public static Path dir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return cloneRoot().resolveSibling("shared").resolve("data");
    }

    /** Whether the file or folder is present, for tests that do something else without it. */
    public static boolean isPresent(String relative) {
        return Files.exists(dir().resolve(relative));
    }

    /** The file or folder, or the calling test is skipped (an assumption that names the missing path). */
    public static Path require(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.exists(p), () -> "shared data not present: " + p + " (public data beside the clone, see "
                + "its SOURCES.md; set -D" + PROPERTY + "=<folder> to point elsewhere)");
        return p;
    }

    /** The file's bytes, or the calling test is skipped. */
    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(require(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text (UTF-8), or the calling test is skipped. */
    public static String text(String relative) {
        try {
            return Files.readString(require(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Tests run with the module as working directory, modules sit at different depths: the root holds mvnw.
    private static Path cloneRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        return here;
    }
}
