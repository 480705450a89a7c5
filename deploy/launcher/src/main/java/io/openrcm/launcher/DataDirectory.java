package io.openrcm.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import io.openrcm.infra.Directories;
import io.openrcm.infra.PrivateFiles;

/** The stack's data directory: claimed by one stack at a time, and wiped on request only if it is really ours. */
final class DataDirectory implements AutoCloseable {

    // Written into every data directory we create: --reset deletes only directories that carry it.
    static final String MARKER = ".rcm-data-dir";
    private static final String LOCK = "stack.lock";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates (or adopts) the directory and locks it; with reset, first deletes everything it holds. */
    static DataDirectory claim(Path root, boolean reset) {
        try {
            requireOursOrEmpty(root);
            // Patient data, logs and passwords live here: only the user running the stack may enter (also when an
            // older run created the directory with the default permissions).
            PrivateFiles.createPrivateDirectory(root);
            Files.writeString(root.resolve(MARKER), "Data of the OpenRCM local stack (deploy/run.sh). Safe to delete.\n");
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StackException("Another stack is running with data directory " + root + "; stop it first");
            }
            DataDirectory dir = new DataDirectory(root, channel, lock);
            if (reset) {
                dir.wipe();
            }
            return dir;
        } catch (IOException e) {
            throw new StackException("Could not prepare the data directory " + root + ": " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    /** The embedded Keycloak's run directory (its database is recreated from the realm file at each start). */
    Path keycloak() {
        return root.resolve("keycloak");
    }

    Path logs() {
        return root.resolve("logs");
    }

    /** The local CA and the servers' key stores (see {@link io.openrcm.infra.LocalCertificateAuthority}). */
    Path tls() {
        return root.resolve("tls");
    }

    /** Generated passwords, one 0600 file per role, made at first start and kept with the data they protect. */
    Path secrets() {
        return root.resolve("secrets");
    }

    /** The secret kept under that name, made up on first use. */
    String secret(String name) {
        try {
            PrivateFiles.createPrivateDirectory(secrets());
            return PrivateFiles.secret(secrets().resolve(name));
        } catch (IOException e) {
            throw new StackException("Could not read or create the secret " + name + " in " + secrets() + ": " + e.getMessage(), e);
        }
    }

    Path pids() {
        return root.resolve("run");
    }

    private static void requireOursOrEmpty(Path root) throws IOException {
        if (!Files.isDirectory(root) || Files.exists(root.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new StackException(root + " is not empty and was not created by the launcher (no " + MARKER
                        + " file): refusing to use it as the data directory");
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private void wipe() throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(root)) {
            entries = listing.filter(p -> !p.getFileName().toString().equals(LOCK) && !p.getFileName().toString().equals(MARKER)).toList();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                Directories.deleteRecursively(entry);
            } else {
                Files.delete(entry);
            }
        }
    }

    /** Releases the lock; the data stays. */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // The lock dies with the process anyway; nothing else to undo.
        }
    }
}
