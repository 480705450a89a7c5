package io.openrcm.bench;

import io.openrcm.x12.X12Segment;
import io.openrcm.x12.X12SegmentReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The 835 files the payer simulator wrote into its mailbox since the run began ({@code --via-sftp}): those still in
 * {@code /outbound} (not yet taken), those reimbursement-service archived (taken) and those it moved to
 * {@code failed} (refused), each read into the bench's {@link Remittance} per transaction set, so the run is verified
 * and reported as if the bench had posted them itself.
 */
final class MailboxRemittances {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    /** Where a file was found: what the client did with it. */
    enum Place { WAITING, TAKEN, REFUSED }

    /** One 835 file. */
    record File(String name, Place place, long writtenAtMillis, int bytes, List<Remittance> remittances) {
    }

    private final Path mailbox;
    private final long sinceMillis;
    private final X12SegmentReader reader = new X12SegmentReader();

    /**
     * @param mailbox the simulator's mailbox home (the launcher's {@code <data-dir>/payer-simulator/home})
     * @param sinceMillis files named before this instant belong to earlier runs
     */
    MailboxRemittances(Path mailbox, long sinceMillis) {
        this.mailbox = mailbox;
        this.sinceMillis = sinceMillis;
    }

    /** Every 835 file of this run, oldest first. */
    List<File> files() throws IOException {
        List<File> found = new ArrayList<>();
        collect(mailbox.resolve("outbound"), Place.WAITING, found);
        collect(mailbox.resolve("outbound/archive"), Place.TAKEN, found);
        collect(mailbox.resolve("outbound/failed"), Place.REFUSED, found);
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }

    /** The taken and refused files as postings (201 taken, 422 refused), for the bench's waits and report. */
    static List<RemittanceLoad.Posted> postings(List<File> files) {
        List<RemittanceLoad.Posted> posted = new ArrayList<>();
        for (File f : files) {
            if (f.place() == Place.WAITING) {
                continue;
            }
            for (Remittance r : f.remittances()) {
                posted.add(new RemittanceLoad.Posted(r, f.place() == Place.TAKEN ? 201 : 422, f.writtenAtMillis(),
                        f.writtenAtMillis(), f.bytes() / Math.max(1, f.remittances().size()),
                        f.place() == Place.REFUSED ? "moved to " + "/outbound/failed: " + f.name() : null));
            }
        }
        return posted;
    }

    /**
     * What the payer did to each claim, as the bench's verifier checks it: its postings (one per CLP), its paid
     * total, DENIED when the last word was a denial (CLP02 4), else PAID (the simulator adjudicates every line).
     */
    static Map<String, ClaimOutcome> outcomes(List<RemittanceLoad.Posted> taken) {
        Map<String, List<Remittance.ClaimPayment>> byClaim = new LinkedHashMap<>();
        taken.stream().filter(RemittanceLoad.Posted::accepted).flatMap(p -> p.remittance().claims().stream())
                .forEach(c -> byClaim.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(c));
        Map<String, ClaimOutcome> outcomes = new LinkedHashMap<>();
        byClaim.forEach((id, payments) -> {
            String last = payments.get(payments.size() - 1).statusCode();
            BigDecimal paid = payments.stream().map(Remittance.ClaimPayment::paid)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            boolean reversed = payments.stream().anyMatch(p -> p.statusCode().equals("22"));
            boolean partial = payments.stream().anyMatch(p -> p.lines().size() > 1
                    && p.lines().stream().anyMatch(l -> l.paid().signum() == 0));
            ClaimOutcome.Kind kind = last.equals("4") ? ClaimOutcome.Kind.DENIED : reversed ? ClaimOutcome.Kind.REVERSED
                    : partial ? ClaimOutcome.Kind.PARTIAL : ClaimOutcome.Kind.PAID;
            outcomes.put(id, new ClaimOutcome(id, kind, payments.size(), last.equals("4") ? "DENIED" : "PAID", paid));
        });
        return outcomes;
    }

    private void collect(Path folder, Place place, List<File> into) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().matches("\\d{17}-\\d+\\.835")).toList();
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            long at = LocalDateTime.parse(name.substring(0, 17), STAMP).toInstant(ZoneOffset.UTC).toEpochMilli();
            if (at < sinceMillis) {
                continue;
            }
            String x12;
            try {
                x12 = Files.readString(p, StandardCharsets.US_ASCII);
            } catch (java.nio.file.NoSuchFileException e) {
                continue; // taken between the listing and the read: seen again in the archive next time
            }
            into.add(new File(name, place, at, x12.length(), parse(x12)));
        }
    }

    /** The remittances of one 835 file, one per transaction set. */
    List<Remittance> parse(String x12) {
        List<Remittance> remittances = new ArrayList<>();
        Builder b = null;
        for (X12Segment s : reader.readAll(x12).segments()) {
            switch (s.tag()) {
                case "ST" -> b = new Builder();
                case "SE" -> {
                    if (b != null) {
                        remittances.add(b.finish());
                    }
                    b = null;
                }
                default -> {
                    if (b != null) {
                        b.accept(s);
                    }
                }
            }
        }
        return remittances;
    }

    /** One transaction set being read: BPR16, TRN, then CLP/SVC/CAS loops. */
    private static final class Builder {
        private String payerId;
        private String trace;
        private LocalDate date;
        private final List<Remittance.ClaimPayment> claims = new ArrayList<>();
        private X12Segment clp;
        private List<Remittance.LinePayment> lines;
        private X12Segment svc;
        private List<Remittance.Adjustment> adjustments;

        void accept(X12Segment s) {
            switch (s.tag()) {
                case "BPR" -> date = s.has(16) ? LocalDate.parse(s.element(16), D8) : null;
                case "TRN" -> {
                    trace = s.element(2);
                    payerId = s.element(3);
                }
                case "CLP" -> {
                    endClaim();
                    clp = s;
                    lines = new ArrayList<>();
                }
                case "SVC" -> {
                    endLine();
                    svc = s;
                    adjustments = new ArrayList<>();
                }
                case "CAS" -> {
                    for (int at = 2; at <= 17 && adjustments != null; at += 3) {
                        if (s.has(at)) {
                            adjustments.add(new Remittance.Adjustment(s.element(1), s.element(at),
                                    new BigDecimal(s.element(at + 1))));
                        }
                    }
                }
                case "PLB" -> endClaim();
                default -> {
                }
            }
        }

        private void endLine() {
            if (svc != null && lines != null) {
                lines.add(new Remittance.LinePayment(lines.size() + 1, svc.component(1, 2), svc.components(1, 3, 6),
                        svc.has(5) ? new BigDecimal(svc.element(5)).intValue() : 1, new BigDecimal(svc.element(2)),
                        new BigDecimal(svc.element(3)), List.copyOf(adjustments)));
            }
            svc = null;
        }

        private void endClaim() {
            endLine();
            if (clp != null) {
                claims.add(new Remittance.ClaimPayment(clp.element(1), clp.element(2), clp.element(7), null, null,
                        List.copyOf(lines)));
            }
            clp = null;
        }

        Remittance finish() {
            endClaim();
            return new Remittance(payerId, trace, date, List.copyOf(claims));
        }
    }
}
