package io.openrcm.platform.clearinghouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One service's reading of the outbound folder. A file is read only when its size is the same in two listings in a
 * row (the clearinghouse may still be writing it); taken once by remote name and content hash ({@link FileLedger});
 * moved to the archive only after its content is committed, or, when it cannot be read, to the failed folder with a
 * {@code .reason.txt} beside it, its 999 uploaded to the inbound folder, and a FAILED row for the work queue.
 */
public final class MailboxPoller implements MailboxTask {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class);

    private final FileIntake intake;
    private final FileLedger ledger;
    private final String kind;
    private final String takenBy;
    private final Clock clock;
    private Map<String, Long> lastSizes = new HashMap<>();

    /**
     * @param kind what this poller takes, for the ledger ({@code 999/277}, {@code 835})
     * @param takenBy who takes the files, for the ledger and the audit (the system, never a person's token)
     */
    public MailboxPoller(FileIntake intake, FileLedger ledger, String kind, String takenBy, Clock clock) {
        this.intake = intake;
        this.ledger = ledger;
        this.kind = kind;
        this.takenBy = takenBy;
        this.clock = clock;
    }

    /** Counts of one round. */
    public record Round(int taken, int failed, int alreadyTaken, int waiting) {
    }

    @Override
    public void run(MailboxSession session, Connection connection) throws IOException {
        round(session, connection);
    }

    /** Lists the outbound folder once and takes the files that stood still since the last listing. */
    public synchronized Round round(MailboxSession session, Connection connection) throws IOException {
        Map<String, Long> sizes = new HashMap<>();
        int taken = 0;
        int failed = 0;
        int again = 0;
        int waiting = 0;
        for (RemoteFile f : session.list(connection.outboundFolder())) {
            if (!intake.wants(f.name())) {
                continue;
            }
            sizes.put(f.name(), f.size());
            Long before = lastSizes.get(f.name());
            if (before == null || before != f.size()) {
                waiting++;
                continue;
            }
            byte[] content = session.read(Connection.path(connection.outboundFolder(), f.name()));
            if (content.length != f.size()) {
                sizes.put(f.name(), (long) content.length);
                waiting++;
                continue;
            }
            // Moved away once handled: a file of this name seen later is new and waits for two listings again.
            sizes.remove(f.name());
            switch (take(session, connection, InboundFile.of(connection.id(), f.name(), content))) {
                case FileLedger.DONE -> taken++;
                case FileLedger.FAILED -> failed++;
                default -> again++;
            }
        }
        lastSizes = sizes;
        return new Round(taken, failed, again, waiting);
    }

    private String take(MailboxSession session, Connection c, InboundFile file) throws IOException {
        String seen = ledger.status(c.id(), file.name(), file.sha256()).orElse(null);
        if (FileLedger.DONE.equals(seen) || FileLedger.FAILED.equals(seen)) {
            // Taken before: only its move was left undone (or the clearinghouse dropped it twice).
            LOG.infof("Clearinghouse %s: %s was taken before (%s); moved, not taken again", c.id(), file.name(), seen);
            session.move(c.outboundFolder(), file.name(),
                    FileLedger.DONE.equals(seen) ? c.archiveFolder() : c.failedFolder());
            return "AGAIN";
        }
        ledger.begin(file, kind, takenBy, clock.instant());
        FileIntake.Outcome outcome = intake.take(file);
        if (outcome instanceof FileIntake.Unreadable bad) {
            if (bad.ack999() != null) {
                session.upload(c.inboundFolder(), file.name() + ".999", bad.ack999());
            }
            ledger.finish(file, FileLedger.FAILED, bad.reason(), clock.instant());
            session.put(c.failedFolder(), file.name() + ".reason.txt", bad.reason().getBytes(StandardCharsets.UTF_8));
            session.move(c.outboundFolder(), file.name(), c.failedFolder());
            LOG.warnf("Clearinghouse %s: %s could not be read, moved to %s: %s", c.id(), file.name(),
                    c.failedFolder(), bad.reason());
            return FileLedger.FAILED;
        }
        ledger.finish(file, FileLedger.DONE, ((FileIntake.Taken) outcome).summary(), clock.instant());
        session.move(c.outboundFolder(), file.name(), c.archiveFolder());
        LOG.infof("Clearinghouse %s: took %s (%d bytes)", c.id(), file.name(), file.content().length);
        return FileLedger.DONE;
    }
}
