package io.openrcm.payersim;

import io.openrcm.x12.Envelopes;
import io.openrcm.x12.SegmentWriter;
import io.xlate.edi.stream.EDIStreamException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One payer's 835 file of a cycle (005010X221A1): one transaction set per payee (billing provider), each an EFT
 * (BPR ACH/CCP, or a zero-payment notice BPR H/NON) with its trace (TRN02 unique, TRN03 = 1 + the payer's EIN),
 * the payer (N1*PR with its payer id), the payee (N1*PE XX NPI, REF*TJ), the claims and the provider adjustments
 * (PLB). BPR02 = sum of CLP04 - sum of PLB amounts, to the cent.
 */
public final class Remittance835Writer {

    /** The implementation guide of the 835. */
    public static final String VERSION = "005010X221A1";
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * The EFT to one payee.
     *
     * @param payeeNpi N1*PE NM104 and PLB01
     * @param payeeName N1*PE N102
     * @param payeeTaxId REF*TJ; null when the 837 had none
     * @param claims the claim payments in order (a reversal just before its correction)
     * @param adjustments the PLB adjustments
     */
    public record Payment(String payeeNpi, String payeeName, String payeeTaxId, List<ClaimPayment> claims,
            List<ProviderAdjustment> adjustments) {

        /** BPR02. */
        public BigDecimal total() {
            BigDecimal paid = claims.stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
            return adjustments.stream().map(ProviderAdjustment::amount).reduce(paid, BigDecimal::subtract);
        }
    }

    /**
     * A PLB adjustment: reason (L6 interest, WO overpayment recovery...), its reference, and the amount as the PLB
     * carries it (negative pays the provider more, positive takes money back).
     */
    public record ProviderAdjustment(String reason, String reference, BigDecimal amount) {
    }

    private Remittance835Writer() {
    }

    /**
     * The 835 file as text.
     *
     * @param receiverId ISA08: the provider's submitter id
     * @param traceBase the trace numbers' prefix, unique per file (TRN02 = it + the set's number)
     */
    public static String write(PayerRules payer, List<Payment> payments, String clearinghouseId, String receiverId,
            LocalDateTime at, int controlNumber, String usage, String traceBase) {
        return Outbound.interchange("HP", VERSION, clearinghouseId, receiverId, at, controlNumber, usage,
                payments.size(), s -> {
                    int n = 0;
                    for (Payment p : payments) {
                        String control = Envelopes.transactionControl(++n);
                        transaction(s, payer, p, control, at.toLocalDate(), traceBase + control);
                    }
                });
    }

    private static void transaction(SegmentWriter s, PayerRules payer, Payment p, String control, LocalDate date,
            String trace) throws EDIStreamException {
        Envelopes.st(s, "835", control, VERSION);
        BigDecimal total = p.total();
        if (total.signum() > 0) {
            s.write("BPR", "I", money(total), "C", "ACH", "CCP", "01", "99" + payer.ein().substring(2), "DA",
                    payer.ein(), payer.originatorId(), null, "01", "990000000", "DA", p.payeeNpi(), date.format(D8));
        } else {
            s.write("BPR", "H", money(total), "C", "NON", null, null, null, null, null, null, null, null, null,
                    null, null, date.format(D8));
        }
        s.write("TRN", "1", trace, payer.originatorId());
        s.write("DTM", "405", date.format(D8));
        s.write("N1", "PR", SegmentWriter.text(payer.name(), 60), "XV", payer.id());
        s.write("N3", "PO BOX " + payer.ein().substring(5));
        s.write("N4", "CHICAGO", "IL", "60601");
        s.write("PER", "BL", "EDI SUPPORT", "TE", "8005550100");
        s.write("N1", "PE", SegmentWriter.text(p.payeeName() == null ? "PROVIDER" : p.payeeName(), 60), "XX",
                p.payeeNpi());
        if (p.payeeTaxId() != null) {
            s.write("REF", "TJ", p.payeeTaxId());
        }
        if (!p.claims().isEmpty()) {
            s.write("LX", "1");
            for (ClaimPayment c : p.claims()) {
                claim(s, payer, c);
            }
        }
        if (!p.adjustments().isEmpty()) {
            List<Object> plb = new ArrayList<>(List.of(p.payeeNpi(), date.getYear() + "1231"));
            for (ProviderAdjustment a : p.adjustments()) {
                plb.add(new String[] {a.reason(), a.reference()});
                plb.add(money(a.amount()));
            }
            s.write("PLB", plb.toArray());
        }
        Envelopes.se(s, control);
    }

    private static void claim(SegmentWriter s, PayerRules payer, ClaimPayment c) throws EDIStreamException {
        SubmittedClaim claim = c.claim();
        s.write("CLP", claim.claimId(), c.status(), money(c.charge()), money(c.paid()),
                money(c.patientResponsibility()), payer.claimFiling(), c.payerClaimControlNumber(), "11", "1");
        s.write("NM1", "QC", "1", SegmentWriter.text(claim.lastName() == null ? "UNKNOWN" : claim.lastName(), 60),
                SegmentWriter.text(claim.firstName(), 35), null, null, null, "MI", claim.memberId());
        for (ClaimPayment.LinePayment l : c.lines()) {
            List<String> procedure = new ArrayList<>(List.of("HC", l.line().code()));
            procedure.addAll(l.line().modifiers());
            s.write("SVC", procedure.toArray(String[]::new), money(l.charge()), money(l.paid()), null,
                    l.line().units().stripTrailingZeros().toPlainString());
            if (l.line().serviceDate() != null) {
                s.write("DTM", "472", l.line().serviceDate().format(D8));
            }
            for (String group : List.of("CO", "PR", "OA", "PI", "CR")) {
                List<Object> cas = new ArrayList<>(List.of(group));
                l.adjustments().stream().filter(a -> a.group().equals(group)).limit(6).forEach(a -> {
                    cas.add(a.reason());
                    cas.add(money(a.amount()));
                    cas.add(null);
                });
                if (cas.size() > 1) {
                    s.write("CAS", cas.toArray());
                }
            }
            if (l.allowed() != null) {
                s.write("AMT", "B6", money(l.allowed()));
            }
            for (String remark : l.remarks()) {
                s.write("LQ", "HE", remark);
            }
        }
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
