package io.openrcm.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** Finds the repository checkout whose services the stack runs. */
public final class RepoRoot {

    /** A system property that names the repository root explicitly. */
    public static final String PROPERTY = "rcm.repo.root";

    private RepoRoot() {
    }

    /**
     * The root named by {@value #PROPERTY}, else the nearest directory at or above the working directory that holds
     * {@code code-service/} and {@code deploy/}, else the one above this launcher's jar.
     */
    public static Path locate() {
        Optional<Path> jarLocation = launcherLocation();
        return locate(System.getProperty(PROPERTY), Path.of("").toAbsolutePath(), jarLocation.orElse(null));
    }

    static Path locate(String override, Path workingDirectory, Path launcherLocation) {
        if (override != null && !override.isBlank()) {
            Path root = Path.of(override).toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                throw new StackException("-D" + PROPERTY + " names no directory: " + root);
            }
            return root;
        }
        Optional<Path> found = searchUpwards(workingDirectory);
        if (found.isEmpty() && launcherLocation != null) {
            found = searchUpwards(launcherLocation);
        }
        return found.orElseThrow(() -> new StackException("Cannot find the repository root (a directory with code-service/"
                + " and deploy/) at or above " + workingDirectory + "; run from inside the repository or pass -D"
                + PROPERTY + "=<path>"));
    }

    static Optional<Path> searchUpwards(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("code-service")) && Files.isDirectory(dir.resolve("deploy"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> launcherLocation() {
        try {
            CodeSource source = RepoRoot.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
