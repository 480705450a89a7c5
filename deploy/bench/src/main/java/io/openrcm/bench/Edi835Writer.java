package io.openrcm.bench;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a remittance as an X12 835 interchange (005010X221A1) with StAEDI: ISA/GS/ST, BPR (ACH, or a zero-payment
 * notice), TRN, DTM*405, the payer (N1*PR, N3, N4, PER*BL) and payee (N1*PE with the NPI), then per claim CLP, NM1*QC
 * and per line SVC, DTM*472, CAS by group, REF*6R (our claim line number) and AMT*B6. One transaction per file.
 */
final class Edi835Writer {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String PAYEE_NPI = "1234567893";
    /**
     * Each local payer's TRN03 (1 + EIN), as seeded in reimbursement-service's payer_edi_identifier: the service
     * resolves an 835's payer from it (and from N1*PR PI), so every payer's file must carry its own.
     */
    private static final Map<String, String> ORIGINATOR = Map.of("BCBS-IL", "1512345678", "AETNA", "1223344556",
            "MEDICARE-IL", "1334455667", "UHC", "1445566778");

    private final EDIOutputFactory factory;
    private long controlNumber;

    Edi835Writer() {
        factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    }

    /** The 835 text of a remittance. */
    synchronized String write(Remittance remittance, LocalDateTime now) {
        long icn = ++controlNumber;
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            EDIStreamWriter w = factory.createEDIStreamWriter(out);
            w.startInterchange();
            segment(w, "ISA", "00", "          ", "00", "          ", "ZZ", pad(payerCode(remittance.payerId()), 15),
                    "ZZ", pad("OPENRCM", 15), now.format(DateTimeFormatter.ofPattern("yyMMdd")),
                    now.format(DateTimeFormatter.ofPattern("HHmm")), "^", "00501", String.format("%09d", icn), "0",
                    "P", ":");
            segment(w, "GS", "HP", payerCode(remittance.payerId()), "OPENRCM", now.format(CCYYMMDD),
                    now.format(DateTimeFormatter.ofPattern("HHmm")), Long.toString(icn), "X", "005010X221A1");
            int count = transaction(w, remittance);
            segment(w, "SE", Integer.toString(count + 1), "0001");
            segment(w, "GE", "1", Long.toString(icn));
            segment(w, "IEA", "1", String.format("%09d", icn));
            w.endInterchange();
            w.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("Could not write the 835 of " + remittance.traceNumber(), e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** ST through the last claim; returns how many segments it wrote. */
    private int transaction(EDIStreamWriter w, Remittance r) throws EDIStreamException {
        int n = 0;
        String date = r.paymentDate().format(CCYYMMDD);
        BigDecimal total = r.totalPaid();
        n += segment(w, "ST", "835", "0001", "005010X221A1");
        if (total.signum() > 0) {
            n += segment(w, "BPR", "I", amount(total), "C", "ACH", "CCP", "01", "071000013", "DA", "1234567890",
                    originator(r.payerId()), "", "01", "071000039", "DA", "9876543210", date);
        } else {
            n += segment(w, "BPR", "H", amount(total), "C", "NON", "", "", "", "", "", "", "", "", "", "", "", date);
        }
        n += segment(w, "TRN", "1", r.traceNumber(), originator(r.payerId()));
        n += segment(w, "DTM", "405", date);
        n += segment(w, "N1", "PR", r.payerId(), "PI", r.payerId());
        n += segment(w, "N3", "PO BOX 1000");
        n += segment(w, "N4", "CHICAGO", "IL", "60601");
        n += segment(w, "PER", "BL", "EDI SUPPORT", "TE", "8005551212");
        n += segment(w, "N1", "PE", "LAKESIDE FAMILY MEDICINE", "XX", PAYEE_NPI);
        n += segment(w, "LX", "1");
        for (Remittance.ClaimPayment c : r.claims()) {
            n += claim(w, c, r.payerId());
        }
        return n;
    }

    private int claim(EDIStreamWriter w, Remittance.ClaimPayment c, String payerId) throws EDIStreamException {
        int n = segment(w, "CLP", c.claimId(), c.statusCode(), amount(c.charge()), amount(c.paid()),
                amount(c.patientResponsibility()), payerId.startsWith("MEDICARE") ? "MB" : "12",
                c.payerClaimControlNumber(), "11", "1");
        n += segment(w, "NM1", "QC", "1", "PATIENT", "BENCH", "", "", "", "MI", c.patientId());
        String dos = c.dateOfService().replace("-", "");
        for (Remittance.LinePayment line : c.lines()) {
            w.writeStartSegment("SVC");
            w.writeStartElement().writeComponent("HC").writeComponent(line.code());
            for (String modifier : line.modifiers()) {
                w.writeComponent(modifier);
            }
            w.endElement();
            w.writeElement(amount(line.charge())).writeElement(amount(line.paid())).writeEmptyElement()
                    .writeElement(Integer.toString(line.units()));
            w.writeEndSegment();
            n++;
            n += segment(w, "DTM", "472", dos);
            n += adjustments(w, line.adjustments());
            n += segment(w, "REF", "6R", Integer.toString(line.lineNumber()));
            BigDecimal allowed = line.charge().subtract(line.adjustments().stream()
                    .filter(a -> !a.group().equals("PR")).map(Remittance.Adjustment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            n += segment(w, "AMT", "B6", amount(allowed));
        }
        return n;
    }

    /** One CAS per group, up to six reason/amount/quantity triples each. */
    private int adjustments(EDIStreamWriter w, List<Remittance.Adjustment> adjustments) throws EDIStreamException {
        Map<String, List<Remittance.Adjustment>> byGroup = new LinkedHashMap<>();
        adjustments.forEach(a -> byGroup.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a));
        int n = 0;
        for (Map.Entry<String, List<Remittance.Adjustment>> group : byGroup.entrySet()) {
            List<Remittance.Adjustment> all = group.getValue();
            for (int from = 0; from < all.size(); from += 6) {
                w.writeStartSegment("CAS").writeElement(group.getKey());
                List<Remittance.Adjustment> part = all.subList(from, Math.min(from + 6, all.size()));
                for (int i = 0; i < part.size(); i++) {
                    w.writeElement(part.get(i).reason()).writeElement(amount(part.get(i).amount()));
                    if (i < part.size() - 1) {
                        w.writeEmptyElement();
                    }
                }
                w.writeEndSegment();
                n++;
            }
        }
        return n;
    }

    /** Writes a segment; trailing empty elements are left out. Returns 1. */
    private static int segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        int last = elements.length;
        while (last > 0 && elements[last - 1].isEmpty()) {
            last--;
        }
        w.writeStartSegment(tag);
        for (int i = 0; i < last; i++) {
            if (elements[i].isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(elements[i]);
            }
        }
        w.writeEndSegment();
        return 1;
    }

    /** X12 decimal: no trailing zeros after the point, no point for whole amounts. */
    static String amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The payer's TRN03: the seeded one, else one made from its id (the N1*PR PI id then names the payer). */
    static String originator(String payerId) {
        return ORIGINATOR.getOrDefault(payerId, String.format("1%09d", Math.floorMod(payerId.hashCode(), 1_000_000_000)));
    }

    private static String payerCode(String payerId) {
        return payerId.replace("-", "");
    }

    private static String pad(String value, int width) {
        return String.format("%-" + width + "s", value);
    }
}
