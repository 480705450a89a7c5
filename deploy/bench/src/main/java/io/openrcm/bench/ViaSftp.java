package io.openrcm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The payment half of a {@code --via-sftp} run: the bench posts no remittance; the payer simulator answers the 837P
 * files claim-service uploaded (999, 277CA), pays them with 835 files after its delay, and reimbursement-service takes
 * those from the mailbox. This waits until every submitted claim was rejected by the 277CA or paid by an 835 that was
 * taken and reflected in claim-status events, and until no new 835 came for a quiet spell (reversals come one cycle
 * later), then hands the 835s over as if the bench had posted them.
 */
final class ViaSftp {

    private static final Set<String> REJECTED = Set.of("REJECTED");

    private ViaSftp() {
    }

    /** The simulator's mailbox home: --mailbox, else the launcher's {@code <data-dir>/payer-simulator/home}. */
    static Path mailbox(BenchOptions options) {
        return options.text("mailbox").isEmpty() ? options.dataDir().resolve("payer-simulator/home")
                : Path.of(options.text("mailbox"));
    }

    /**
     * Waits as described; returns the taken and refused 835 transaction sets as postings.
     *
     * @param quietSeconds how long no new 835 may appear before the payments are over
     */
    static List<RemittanceLoad.Posted> await(MailboxRemittances mailbox, List<SubmittedClaim> claims,
            EventWatcher events, int idleSeconds, int quietSeconds) throws IOException, InterruptedException {
        long lastChange = System.currentTimeMillis();
        int lastRemaining = -1;
        int lastFiles = -1;
        while (true) {
            List<MailboxRemittances.File> files = mailbox.files();
            List<RemittanceLoad.Posted> posted = MailboxRemittances.postings(files);
            int remaining = remaining(claims, files, posted, events);
            if (remaining != lastRemaining || files.size() != lastFiles) {
                lastRemaining = remaining;
                lastFiles = files.size();
                lastChange = System.currentTimeMillis();
            }
            long quiet = System.currentTimeMillis() - Math.max(lastChange, events.lastEventMillis());
            if (remaining == 0 && quiet > quietSeconds * 1000L) {
                return posted;
            }
            if (remaining > 0 && quiet > idleSeconds * 1000L) {
                System.out.printf("  gave up waiting for the payer: %d claim payments or answers still missing after"
                        + " %d s without progress%n", remaining, idleSeconds);
                return posted;
            }
            events.checkAlive();
            Thread.sleep(500);
        }
    }

    /**
     * Claims with neither a 277CA rejection nor an 835 payment yet, plus payments taken but not yet seen in a
     * claim-status event, plus 835 files not yet taken by reimbursement-service.
     */
    static int remaining(List<SubmittedClaim> claims, List<MailboxRemittances.File> files,
            List<RemittanceLoad.Posted> posted, EventWatcher events) {
        Set<String> paid = new java.util.HashSet<>();
        posted.forEach(p -> p.remittance().claims().forEach(c -> paid.add(c.claimId())));
        files.stream().filter(f -> f.place() == MailboxRemittances.Place.WAITING)
                .forEach(f -> f.remittances().forEach(r -> r.claims().forEach(c -> paid.add(c.claimId()))));
        int unanswered = (int) claims.stream().filter(c -> !paid.contains(c.claimId()) && events.statusEvents(
                c.claimId()).stream().noneMatch(e -> REJECTED.contains(e.toStatus()))).count();
        int waiting = (int) files.stream().filter(f -> f.place() == MailboxRemittances.Place.WAITING).count();
        List<RemittanceLoad.Posted> taken = posted.stream().filter(RemittanceLoad.Posted::accepted).toList();
        return unanswered + waiting + Waits.pendingUpdates(events, taken);
    }
}
