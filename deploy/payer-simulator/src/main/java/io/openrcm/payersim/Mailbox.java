package io.openrcm.payersim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The clearinghouse's mailboxes on disk, the SFTP user's home: {@code inbound} (837 from the provider, and the
 * provider's 999 about a file it could not read), {@code outbound} (999, 277CA, 835 to the provider) with its
 * {@code archive} and {@code failed} folders, which the provider uses. Only final names are read: a {@code .part}
 * or dot-file is still being written.
 */
public final class Mailbox {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final Path home;

    public Mailbox(Path home) {
        this.home = home;
    }

    /** Creates the folders that are missing. */
    public Mailbox create() throws IOException {
        for (Path p : List.of(inbound(), outbound(), outbound().resolve("archive"), outbound().resolve("failed"))) {
            Files.createDirectories(p);
        }
        return this;
    }

    public Path home() {
        return home;
    }

    public Path inbound() {
        return home.resolve("inbound");
    }

    public Path outbound() {
        return home.resolve("outbound");
    }

    /** The complete files in /inbound, oldest name first. */
    public List<Path> complete() throws IOException {
        try (Stream<Path> files = Files.list(inbound())) {
            return files.filter(Files::isRegularFile).filter(p -> isFinal(p.getFileName().toString())).sorted()
                    .toList();
        }
    }

    /** A final name: not hidden, not a temporary {@code .part}. */
    static boolean isFinal(String name) {
        return !name.startsWith(".") && !name.endsWith(".part");
    }

    /**
     * Writes an outbound file as {@code .<name>.part}, then renames it to its final name
     * {@code <yyyyMMddHHmmssSSS>-<ISA13>.<extension>}: the provider never sees half a file.
     *
     * @return the final path
     */
    public Path publish(String content, LocalDateTime at, int controlNumber, String extension) throws IOException {
        String name = at.format(STAMP) + "-" + String.format("%09d", controlNumber) + "." + extension;
        Path part = outbound().resolve("." + name + ".part");
        Path target = outbound().resolve(name);
        Files.writeString(part, content, StandardCharsets.US_ASCII);
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
