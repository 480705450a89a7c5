package io.openrcm.payersim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payer behind the mailboxes. Each cycle it takes every complete file from /inbound (once: moved out first),
 * answers each 837P with a 999 and, for the sets the 999 accepts, a 277CA; then it pays what has waited the
 * adjudication delay (an 835 per payer, see {@link PaymentCycle}). Logs file names and counts, never patient data.
 */
public final class Payer {

    private static final Logger LOG = Logger.getLogger(Payer.class.getName());

    private final SimulatorConfig config;
    private final Mailbox mailbox;
    private final PayerState state;
    private final Clock clock;
    private final Claim837Reader reader = new Claim837Reader();
    private final ClaimEdits edits;
    private final PaymentCycle payments;

    public Payer(SimulatorConfig config, Mailbox mailbox, Path stateDir, Clock clock) throws IOException {
        this.config = config;
        this.mailbox = mailbox.create();
        this.state = new PayerState(stateDir);
        this.clock = clock;
        this.edits = new ClaimEdits(config);
        this.payments = new PaymentCycle(config, mailbox, state, clock);
    }

    /** One cycle: read what arrived, then pay what is due. Returns the files written to /outbound. */
    public synchronized List<Path> cycle() throws IOException {
        List<Path> written = new ArrayList<>();
        for (Path file : mailbox.complete()) {
            String name = file.getFileName().toString();
            Path taken = state.take(file);
            if (name.endsWith(".837")) {
                written.addAll(answer(taken));
            } else if (name.endsWith(".999")) {
                LOG.info(() -> "The provider could not read one of our files: its 999 " + name + " is kept");
            } else {
                LOG.warning(() -> "Ignored " + name + " in /inbound: only .837 (and .999) files are taken");
            }
        }
        written.addAll(payments.payDue());
        return written;
    }

    /** The 999 and, when any set is accepted, the 277CA for one 837 file. */
    List<Path> answer(Path file) throws IOException {
        Interchange837 interchange = reader.read(Files.readAllBytes(file));
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Path> written = new ArrayList<>();
        int ackControl = state.nextControlNumber();
        written.add(mailbox.publish(Ack999Writer.write(interchange, config.clearinghouseId(), now, ackControl), now,
                ackControl, "999"));
        if (interchange.unreadable() != null) {
            LOG.warning(() -> file.getFileName() + " could not be read (" + interchange.unreadable().getMessage()
                    + "): rejected by its 999");
            return written;
        }
        List<ClaimVerdict> verdicts = new ArrayList<>();
        for (Interchange837.Transaction t : interchange.transactions()) {
            if (interchange.takes(t)) {
                t.claims().forEach(c -> verdicts.add(edits.judge(c, now.toLocalDate())));
            }
        }
        if (verdicts.isEmpty()) {
            LOG.info(() -> file.getFileName() + ": no transaction set accepted, no 277CA");
            return written;
        }
        int control = state.nextControlNumber();
        written.add(mailbox.publish(ClaimAck277Writer.write(interchange, verdicts, config.clearinghouseId(), now,
                control), now, control, "277"));
        List<String> accepted = verdicts.stream().filter(ClaimVerdict::accepted).map(v -> v.claim().claimId())
                .toList();
        if (!accepted.isEmpty()) {
            state.keep(file, clock.instant(), interchange.senderId(), accepted);
        }
        LOG.info(() -> file.getFileName() + ": " + accepted.size() + " claim(s) accepted, "
                + (verdicts.size() - accepted.size()) + " rejected");
        return written;
    }

    /** Runs cycles until interrupted; a failing cycle is logged and the next one tries again. */
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                cycle();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "A payer cycle failed; trying again at the next", e);
            }
            try {
                Thread.sleep(config.cycleEvery().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
