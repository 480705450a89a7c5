package io.openrcm.payersim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The payer's own files, outside the SFTP user's reach: the files it took from /inbound ({@code received}), the
 * accepted claims waiting to be paid ({@code pending}: the 837 and a {@code .accepted} note), the paid ones
 * ({@code paid}), the reversals owed to the next cycle and the interchange control number. On disk, so a restart
 * neither loses nor repeats anything.
 */
final class PayerState {

    /**
     * An 837 whose accepted claims wait for adjudication.
     *
     * @param file the 837 in {@code pending}
     * @param acceptedAt when its 277CA accepted them
     * @param submitterId the 837's ISA06: the receiver of the 835s
     * @param claimIds the accepted claims (CLM01)
     */
    record Pending(Path file, Instant acceptedAt, String submitterId, Set<String> claimIds) {
    }

    private final Path dir;

    PayerState(Path dir) throws IOException {
        this.dir = dir;
        for (String sub : List.of("received", "pending", "paid")) {
            Files.createDirectories(dir.resolve(sub));
        }
    }

    /** Moves a file out of /inbound into {@code received}: taken once, whatever happens next. */
    Path take(Path inboundFile) throws IOException {
        Path target = dir.resolve("received").resolve(inboundFile.getFileName());
        if (Files.exists(target)) {
            target = dir.resolve("received").resolve(inboundFile.getFileName() + "." + System.nanoTime());
        }
        return Files.move(inboundFile, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Keeps an 837's accepted claims for adjudication after the delay. */
    void keep(Path received, Instant acceptedAt, String submitterId, List<String> claimIds) throws IOException {
        Path copy = dir.resolve("pending").resolve(received.getFileName());
        Files.copy(received, copy, StandardCopyOption.REPLACE_EXISTING);
        List<String> note = new ArrayList<>(List.of(acceptedAt.toString(), submitterId == null ? "" : submitterId));
        note.addAll(claimIds);
        Path tmp = dir.resolve("pending").resolve("." + received.getFileName() + ".accepted.part");
        Files.write(tmp, note, StandardCharsets.UTF_8);
        Files.move(tmp, accepted(copy), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The pending 837s accepted at or before {@code due}. */
    List<Pending> due(Instant due) throws IOException {
        List<Pending> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("pending"))) {
            for (Path note : files.filter(p -> p.getFileName().toString().endsWith(".accepted")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
                Instant at = Instant.parse(lines.get(0));
                if (!at.isAfter(due)) {
                    String name = note.getFileName().toString();
                    found.add(new Pending(note.resolveSibling(name.substring(0, name.length() - ".accepted".length())),
                            at, lines.get(1).isEmpty() ? null : lines.get(1),
                            new LinkedHashSet<>(lines.subList(2, lines.size()))));
                }
            }
        }
        return found;
    }

    /** Moves a pending 837 (and its note) to {@code paid}, where a later reversal reads it again. */
    Path paid(Pending pending) throws IOException {
        Path target = dir.resolve("paid").resolve(pending.file().getFileName());
        Files.move(accepted(pending.file()), accepted(target), StandardCopyOption.REPLACE_EXISTING);
        return Files.move(pending.file(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Owes the next cycle a reversal and correction of a claim paid from {@code paidFile}. */
    void oweReversal(Path paidFile, String claimId) throws IOException {
        Files.writeString(dir.resolve("reversals"), paidFile.getFileName() + " " + claimId + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** The reversals owed, as (paid 837, claim id); the list is emptied. */
    List<String[]> takeReversals() throws IOException {
        Path file = dir.resolve("reversals");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String[]> owed = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(" ", 2)).map(p -> new String[] {dir.resolve("paid").resolve(p[0]).toString(), p[1]})
                .toList();
        Files.delete(file);
        return owed;
    }

    /** The next interchange control number (ISA13), 1 to 999999999, kept across restarts. */
    synchronized int nextControlNumber() throws IOException {
        Path file = dir.resolve("control-number");
        int last = Files.exists(file) ? Integer.parseInt(Files.readString(file).trim()) : 0;
        int next = last >= 999_999_999 ? 1 : last + 1;
        Path tmp = dir.resolve(".control-number.part");
        Files.writeString(tmp, Integer.toString(next));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return next;
    }

    private static Path accepted(Path file) {
        return file.resolveSibling(file.getFileName() + ".accepted");
    }
}
