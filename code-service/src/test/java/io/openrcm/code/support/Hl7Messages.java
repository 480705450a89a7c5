package io.openrcm.code.support;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Object Mother of HL7 v2.5.1 DFT^P03 messages as an EHR sends them: a visit with several charges, two coverages (the
 * second a spouse's) and a reversal; tests change segments before sending. Segments are written by field number.
 */
public final class Hl7Messages {

    /** EncounterRequests.DATE_OF_SERVICE as HL7 writes it. */
    public static final String DATE = "20250602";

    private final List<String> segments = new ArrayList<>();

    private Hl7Messages() {
    }

    /** A field-numbered segment: {@code seg("FT1", 4, "20250602", 7, "99213")}. */
    public static String seg(String id, Object... numberedFields) {
        TreeMap<Integer, String> fields = new TreeMap<>();
        for (int i = 0; i < numberedFields.length; i += 2) {
            fields.put((Integer) numberedFields[i], String.valueOf(numberedFields[i + 1]));
        }
        StringBuilder s = new StringBuilder(id);
        int last = fields.isEmpty() ? 0 : fields.lastKey();
        for (int f = 1; f <= last; f++) {
            s.append('|').append(fields.getOrDefault(f, ""));
        }
        return s.toString();
    }

    /** The MSH of a DFT^P03 from Lakeside's EHR with that control id. */
    public static String msh(String facility, String controlId, String type) {
        return "MSH|^~\\&|EPIC|" + facility + "|OPENRCM|OPENRCM|20250602103000||" + type + "|" + controlId
                + "|P|2.5.1";
    }

    /** The realistic visit: 3 charges (one modified), a credit taking back one of two units, 2 DG1, 2 coverages. */
    public static Hl7Messages visit(String controlId, String visitNumber) {
        Hl7Messages m = new Hl7Messages();
        m.segments.add(msh("LAKESIDE", controlId, "DFT^P03^DFT_P03"));
        m.segments.add(seg("EVN", 1, "P03", 2, "20250602103000"));
        m.segments.add(seg("PID", 1, "1", 3, "MRN-HL7-884201^^^LAKESIDE^MR", 5, "Example^Jane^Q", 7, "19710412",
                8, "F", 11, "100 Main St^Apt 2^Chicago^IL^60601"));
        m.segments.add(seg("PV1", 1, "1", 2, "O", 3, "CLINIC^101", 7, "1245319599^Example^Ada^^^^^^NPI",
                19, visitNumber));
        m.segments.add(ft1(1, "CG", "99213", "1", "E11.9~I10", "25"));
        m.segments.add(ft1(2, "CG", "36415", "1", "E11.9", ""));
        m.segments.add(ft1(3, "CG", "85025", "2", "E11.9", ""));
        m.segments.add(ft1(4, "CR", "85025", "-1", "E11.9", ""));
        m.segments.add(seg("DG1", 1, "1", 3, "E11.9^Type 2 diabetes mellitus without complications^I10", 6, "F",
                15, "1"));
        m.segments.add(seg("DG1", 1, "2", 3, "I10^Essential hypertension^I10", 6, "F", 15, "2"));
        m.segments.add(seg("GT1", 1, "1", 3, "Example^Jane"));
        m.segments.add(seg("IN1", 1, "1", 2, "BCBS-PPO", 3, "BCBSIL", 4, "Blue Cross Blue Shield of Illinois",
                16, "Example^Jane", 17, "SEL", 18, "19710412", 36, "XGH123456789"));
        m.segments.add(seg("IN2", 1, "1"));
        m.segments.add(seg("IN1", 1, "2", 2, "AETNA-PPO", 3, "AETNA", 4, "Aetna", 16, "Example^John", 17, "SPO",
                18, "19690201", 19, "100 Main St^^Chicago^IL^60601", 36, "W987654321", 43, "M"));
        return m;
    }

    /** An FT1 charge (CG) or credit (CR) of the visit's date, performed by Ada Example. */
    public static String ft1(int setId, String type, String code, String quantity, String diagnoses,
            String modifiers) {
        return seg("FT1", 1, setId, 4, DATE, 6, type, 7, code + "^^CPT", 10, quantity, 19, diagnoses,
                20, "1245319599^Example^Ada", 26, modifiers);
    }

    /** Replaces the n-th (0-based) segment with that id. */
    public Hl7Messages replace(String id, int occurrence, String segment) {
        int seen = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(id + "|") && seen++ == occurrence) {
                segments.set(i, segment);
                return this;
            }
        }
        throw new IllegalArgumentException("no " + id + " #" + occurrence);
    }

    /** Removes every segment with that id. */
    public Hl7Messages without(String id) {
        segments.removeIf(s -> s.startsWith(id + "|"));
        return this;
    }

    /** Inserts a segment before the first segment with that id. */
    public Hl7Messages insertBefore(String id, String segment) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(id + "|")) {
                segments.add(i, segment);
                return this;
            }
        }
        throw new IllegalArgumentException("no " + id);
    }

    /** The message in ER7, segments ended by CR. */
    public String er7() {
        return String.join("\r", segments) + "\r";
    }
}
