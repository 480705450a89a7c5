package io.openrcm.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** Directories only their owner may enter (0700), secret files only their owner may read (0600), and new secrets. */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {
    }

    /** Creates the directory (and its parents) if missing, and makes it private to its owner. */
    public static Path createPrivateDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (isPosix(directory)) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
        return directory;
    }

    /** Writes the file readable by its owner only; it never exists with wider permissions, even for a moment. */
    public static void writePrivate(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (isPosix(parent)) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /**
     * The secret kept in the file, or a new random one written there (0600) when the file does not exist yet:
     * a data directory keeps its passwords across restarts and no two data directories share one.
     */
    public static String secret(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String secret = newSecret();
        try {
            writePrivate(file, secret + "\n");
        } catch (FileAlreadyExistsException e) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        return secret;
    }

    /** 192 random bits, URL-safe base64: usable unquoted in URLs, environment variables and SQL literals. */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
