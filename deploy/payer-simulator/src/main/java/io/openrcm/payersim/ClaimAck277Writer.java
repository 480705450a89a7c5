package io.openrcm.payersim;

import io.openrcm.x12.Envelopes;
import io.openrcm.x12.SegmentWriter;
import io.xlate.edi.stream.EDIStreamException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 277CA (005010X214) for the accepted transaction sets of an 837P file: the clearinghouse as information source,
 * the submitter's batch with its accepted and rejected counts and totals, per billing provider the same, and per
 * claim (HL PT) TRN*2 = CLM01 and an STC saying accepted (A1:19, A2:20) or rejected (A3/A7 with its status code).
 */
public final class ClaimAck277Writer {

    /** The implementation guide of the 277CA. */
    public static final String VERSION = "005010X214";
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private ClaimAck277Writer() {
    }

    /** The 277CA as text; {@code verdicts} in the file's order. */
    public static String write(Interchange837 file, List<ClaimVerdict> verdicts, String clearinghouseId,
            LocalDateTime at, int controlNumber) {
        return Outbound.interchange("HN", VERSION, clearinghouseId, file.senderId(), at, controlNumber, file.usage(),
                1, s -> body(s, file, verdicts, clearinghouseId, at, controlNumber));
    }

    private static void body(SegmentWriter s, Interchange837 file, List<ClaimVerdict> verdicts, String clearinghouse,
            LocalDateTime at, int controlNumber) throws EDIStreamException {
        String control = Envelopes.transactionControl(1);
        String date = at.format(D8);
        Envelopes.st(s, "277", control, VERSION);
        s.write("BHT", "0085", "08", String.valueOf(controlNumber), date, at.format(TIME), "TH");
        s.write("HL", "1", null, "20", "1");
        s.write("NM1", "PR", "2", "OPENRCM PAYER SIMULATOR", null, null, null, null, "46", clearinghouse);
        s.write("TRN", "1", String.valueOf(controlNumber));
        s.write("DTP", "050", "D8", date);
        s.write("DTP", "009", "D8", date);
        s.write("HL", "2", "1", "21", "1");
        s.write("NM1", "41", "2", SegmentWriter.text(nz(file.submitterName(), "SUBMITTER"), 60), null, null, null,
                null, "46", nz(file.senderId(), "UNKNOWN"));
        s.write("TRN", "2", batchReference(file));
        s.write("STC", new String[] {"A1", "19", "PR"}, date, "WQ", total(verdicts).toPlainString());
        counts(s, verdicts);
        Map<String, List<ClaimVerdict>> byProvider = new LinkedHashMap<>();
        verdicts.forEach(v -> byProvider.computeIfAbsent(nz(v.claim().billingNpi(), ""),
                k -> new java.util.ArrayList<>()).add(v));
        int hl = 2;
        for (List<ClaimVerdict> provider : byProvider.values()) {
            int providerHl = ++hl;
            SubmittedClaim first = provider.get(0).claim();
            s.write("HL", String.valueOf(providerHl), "2", "19", "1");
            s.write("NM1", "85", "2", SegmentWriter.text(nz(first.billingName(), "PROVIDER"), 60), null, null, null,
                    null, "XX", nz(first.billingNpi(), "0000000000"));
            s.write("TRN", "1", "0");
            counts(s, provider);
            for (ClaimVerdict v : provider) {
                claim(s, ++hl, providerHl, v, date);
            }
        }
        Envelopes.se(s, control);
    }

    private static void claim(SegmentWriter s, int hl, int parent, ClaimVerdict v, String date)
            throws EDIStreamException {
        SubmittedClaim c = v.claim();
        s.write("HL", String.valueOf(hl), String.valueOf(parent), "PT");
        s.write("NM1", "QC", "1", SegmentWriter.text(nz(c.lastName(), "UNKNOWN"), 60),
                SegmentWriter.text(c.firstName(), 35), null, null, null, "MI", nz(c.memberId(), "UNKNOWN"));
        s.write("TRN", "2", c.claimId());
        s.write("STC", new String[] {v.category(), v.status(), v.entity()}, date, v.accepted() ? "WQ" : "U",
                c.charge().toPlainString());
        if (v.payerClaimControlNumber() != null) {
            s.write("REF", "1K", v.payerClaimControlNumber());
        }
        LocalDate from = c.firstServiceDate();
        LocalDate to = c.lastServiceDate();
        if (from != null) {
            s.write("DTP", "472", from.equals(to) ? "D8" : "RD8",
                    from.equals(to) ? from.format(D8) : from.format(D8) + "-" + to.format(D8));
        }
    }

    private static void counts(SegmentWriter s, List<ClaimVerdict> verdicts) throws EDIStreamException {
        List<ClaimVerdict> accepted = verdicts.stream().filter(ClaimVerdict::accepted).toList();
        List<ClaimVerdict> rejected = verdicts.stream().filter(v -> !v.accepted()).toList();
        if (!accepted.isEmpty()) {
            s.write("QTY", "90", String.valueOf(accepted.size()));
        }
        if (!rejected.isEmpty()) {
            s.write("QTY", "AA", String.valueOf(rejected.size()));
        }
        if (!accepted.isEmpty()) {
            s.write("AMT", "YU", total(accepted).toPlainString());
        }
        if (!rejected.isEmpty()) {
            s.write("AMT", "YY", total(rejected).toPlainString());
        }
    }

    private static String batchReference(Interchange837 file) {
        return file.transactions().stream().map(Interchange837.Transaction::batchId).filter(b -> b != null)
                .findFirst().orElse(nz(file.controlNumber(), "0"));
    }

    private static BigDecimal total(List<ClaimVerdict> verdicts) {
        return verdicts.stream().map(v -> v.claim().charge()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String nz(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
