package io.openrcm.x12;

import io.xlate.edi.stream.EDIStreamException;
import java.time.format.DateTimeFormatter;

/**
 * Writes the envelope segments every outgoing file shares: ISA (X12 00501, delimiters {@code ^} and {@code :}, no
 * TA1 asked), GS (GS06 = ISA13's number), ST/SE with the segment count, GE and IEA.
 */
public final class Envelopes {

    /** The X12 release every file is written in (ISA12). */
    public static final String RELEASE = "00501";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private Envelopes() {
    }

    /** ISA13: the control number on nine digits. */
    public static String interchangeControl(int controlNumber) {
        return String.format("%09d", controlNumber);
    }

    /** ST02: the n-th transaction set of a group (1-based) on four digits. */
    public static String transactionControl(int n) {
        return String.format("%04d", n);
    }

    /** Writes ISA (after StAEDI's startInterchange). */
    public static void isa(SegmentWriter s, InterchangeHeader h) throws EDIStreamException {
        s.write("ISA", "00", pad("", 10), "00", pad("", 10), h.senderQualifier(), pad(h.senderId(), 15),
                h.receiverQualifier(), pad(h.receiverId(), 15), h.createdAt().format(YYMMDD),
                h.createdAt().format(HHMM), "^", RELEASE, interchangeControl(h.controlNumber()), "0",
                h.usageIndicator(), ":");
    }

    /** Writes GS: from the interchange's sender to its receiver, GS06 = the interchange's control number. */
    public static void gs(SegmentWriter s, String functionalId, InterchangeHeader h, String version)
            throws EDIStreamException {
        s.write("GS", functionalId, h.senderId(), h.receiverId(), h.createdAt().format(CCYYMMDD),
                h.createdAt().format(HHMM), String.valueOf(h.controlNumber()), "X", version);
    }

    /** Writes ST and starts counting the transaction set's segments. */
    public static void st(SegmentWriter s, String type, String control, String version) throws EDIStreamException {
        s.resetCount();
        s.write("ST", type, control, version);
    }

    /** Writes SE with the count of segments from ST to SE. */
    public static void se(SegmentWriter s, String control) throws EDIStreamException {
        s.write("SE", String.valueOf(s.count() + 1), control);
    }

    /** Writes GE for a group of {@code transactions} sets. */
    public static void ge(SegmentWriter s, int transactions, InterchangeHeader h) throws EDIStreamException {
        s.write("GE", String.valueOf(transactions), String.valueOf(h.controlNumber()));
    }

    /** Writes IEA for an interchange of one group. */
    public static void iea(SegmentWriter s, InterchangeHeader h) throws EDIStreamException {
        s.write("IEA", "1", interchangeControl(h.controlNumber()));
    }

    /** An ISA id padded (or cut) to its fixed length. */
    public static String pad(String value, int length) {
        String v = value == null ? "" : value;
        return v.length() >= length ? v.substring(0, length) : v + " ".repeat(length - v.length());
    }
}
