package io.openrcm.payersim;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * One payment cycle: the reversals owed from the last cycle (CLP02 22, then the corrected payment) and the claims
 * whose adjudication delay is over, adjudicated and written as one 835 per payer (one EFT per payee in it), with
 * interest (PLB L6) and overpayment recoveries (PLB WO) at their configured rates.
 */
final class PaymentCycle {

    private static final Logger LOG = Logger.getLogger(PaymentCycle.class.getName());
    private static final BigDecimal RECOVERY_CAP = new BigDecimal("25.00");

    private final SimulatorConfig config;
    private final Mailbox mailbox;
    private final PayerState state;
    private final Clock clock;
    private final Adjudicator adjudicator;
    private final Draws draws;
    private final Claim837Reader reader = new Claim837Reader();

    PaymentCycle(SimulatorConfig config, Mailbox mailbox, PayerState state, Clock clock) {
        this.config = config;
        this.mailbox = mailbox;
        this.state = state;
        this.clock = clock;
        this.adjudicator = new Adjudicator(config);
        this.draws = new Draws(config.seed());
    }

    /** A payer's payments of this cycle, by payee NPI, and who receives its file. */
    private static final class Batch {
        final Map<String, List<ClaimPayment>> byPayee = new TreeMap<>();
        String receiver;
    }

    List<Path> payDue() throws IOException {
        Map<String, Batch> batches = new TreeMap<>();
        for (String[] owed : state.takeReversals()) {
            Path paid = Path.of(owed[0]);
            SubmittedClaim claim = claim(paid, owed[1]);
            if (claim != null) {
                Batch b = batch(batches, claim, submitter(paid));
                List<ClaimPayment> into = b.byPayee.computeIfAbsent(claim.billingNpi(), k -> new ArrayList<>());
                into.add(adjudicator.adjudicate(claim).reversal());
                into.add(adjudicator.corrected(claim));
            }
        }
        List<PayerState.Pending> due = state.due(clock.instant().minus(config.adjudicationDelay()));
        Map<PayerState.Pending, List<String>> toReverse = new LinkedHashMap<>();
        for (PayerState.Pending p : due) {
            List<String> reverse = new ArrayList<>();
            for (Interchange837.Transaction t : reader.read(Files.readAllBytes(p.file())).transactions()) {
                for (SubmittedClaim claim : t.claims()) {
                    if (!p.claimIds().contains(claim.claimId())) {
                        continue;
                    }
                    ClaimPayment payment = adjudicator.adjudicate(claim);
                    batch(batches, claim, p.submitterId()).byPayee
                            .computeIfAbsent(claim.billingNpi(), k -> new ArrayList<>()).add(payment);
                    if (adjudicator.reversedLater(payment)) {
                        reverse.add(claim.claimId());
                    }
                }
            }
            toReverse.put(p, reverse);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Batch> e : batches.entrySet()) {
            written.add(publish(config.payers().get(e.getKey()), e.getValue()));
        }
        for (Map.Entry<PayerState.Pending, List<String>> e : toReverse.entrySet()) {
            Path paid = state.paid(e.getKey());
            for (String claimId : e.getValue()) {
                state.oweReversal(paid, claimId);
            }
        }
        return written;
    }

    private Path publish(PayerRules payer, Batch batch) throws IOException {
        int control = state.nextControlNumber();
        String traceBase = String.format("%09d", control);
        List<Remittance835Writer.Payment> payments = new ArrayList<>();
        for (Map.Entry<String, List<ClaimPayment>> e : batch.byPayee.entrySet()) {
            SubmittedClaim first = e.getValue().get(0).claim();
            BigDecimal paid = e.getValue().stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
            payments.add(new Remittance835Writer.Payment(e.getKey(), first.billingName(), first.billingTaxId(),
                    e.getValue(), adjustments(traceBase + e.getKey(), paid)));
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Path file = mailbox.publish(Remittance835Writer.write(payer, payments, config.clearinghouseId(),
                batch.receiver, now, control, config.usage(), traceBase), now, control, "835");
        LOG.info(() -> file.getFileName() + ": " + payer.id() + " pays " + payments.size() + " payee(s), "
                + payments.stream().mapToInt(p -> p.claims().size()).sum() + " claim payment(s)");
        return file;
    }

    /** PLB: interest on a late payment (negative: paid on top), an earlier overpayment taken back (positive). */
    private List<Remittance835Writer.ProviderAdjustment> adjustments(String key, BigDecimal paid) {
        List<Remittance835Writer.ProviderAdjustment> plb = new ArrayList<>();
        if (paid.signum() <= 0) {
            return plb;
        }
        if (draws.chance(key, "interest", config.rates().interest())) {
            BigDecimal interest = paid.multiply(new BigDecimal("0.01")).setScale(2, RoundingMode.HALF_UP)
                    .max(new BigDecimal("0.01"));
            plb.add(new Remittance835Writer.ProviderAdjustment("L6", "INT" + key, interest.negate()));
        }
        if (draws.chance(key, "recovery", config.rates().recovery())) {
            BigDecimal recovery = paid.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP)
                    .min(RECOVERY_CAP);
            String reference = String.format("%013d", (long) Math.floor(draws.of(key, "recovered") * 1e13));
            plb.add(new Remittance835Writer.ProviderAdjustment("WO", reference, recovery));
        }
        return plb;
    }

    private Batch batch(Map<String, Batch> batches, SubmittedClaim claim, String submitter) {
        Batch b = batches.computeIfAbsent(claim.payerId(), k -> new Batch());
        if (b.receiver == null) {
            b.receiver = submitter;
        }
        return b;
    }

    private SubmittedClaim claim(Path paid837, String claimId) throws IOException {
        if (!Files.exists(paid837)) {
            LOG.warning(() -> "A reversal is owed for a claim of " + paid837.getFileName() + ", which is gone");
            return null;
        }
        return reader.read(Files.readAllBytes(paid837)).transactions().stream().flatMap(t -> t.claims().stream())
                .filter(c -> c.claimId().equals(claimId)).findFirst().orElse(null);
    }

    private static String submitter(Path paid837) throws IOException {
        Path note = paid837.resolveSibling(paid837.getFileName() + ".accepted");
        List<String> lines = Files.exists(note) ? Files.readAllLines(note) : List.of();
        return lines.size() > 1 && !lines.get(1).isEmpty() ? lines.get(1) : null;
    }
}
