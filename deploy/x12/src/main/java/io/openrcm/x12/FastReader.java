package io.openrcm.x12;

import io.xlate.edi.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link X12SegmentReader}: its own tokenizer over the bytes, each transaction set walked through
 * its compiled {@link TransactionRules}, and the envelopes (ISA, GS, ST, SE, GE, IEA without the sets' bodies)
 * checked by StAEDI's control validator. It gives up (returns false) at the first thing StAEDI's validator could
 * report or that it does not model; the caller then discards its handler and reads the file with StAEDI.
 */
final class FastReader {

    private final byte[] in;
    private final X12Handler handler;
    private final StringBuilder envelopes = new StringBuilder(512);
    private int at;
    private byte elementSep;
    private byte componentSep;
    private byte repetitionSep;
    private byte segmentEnd;
    private int position;
    private boolean schemaUsed;

    private FastReader(byte[] in, X12Handler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** True when the whole file went to the handler and StAEDI would have reported nothing about it. */
    static boolean read(byte[] file, X12Handler handler) {
        return new FastReader(file, handler).read();
    }

    private boolean read() {
        skipLeadingBlanks();
        if (at >= in.length) {
            return false;
        }
        while (at < in.length) {
            if (!interchange()) {
                return false;
            }
            skipLineBreaks();
        }
        return X12SegmentReader.envelopesClean(envelopes.toString());
    }

    private boolean interchange() {
        if (!isa()) {
            return false;
        }
        List<List<String>> e;
        String tag;
        while (true) {
            int start = at;
            tag = tag();
            if (tag == null || (e = elements(tag)) == null) {
                return false;
            }
            if ("IEA".equals(tag)) {
                deliver(tag, e, null);
                envelopes.append(new String(in, start, at - start, StandardCharsets.ISO_8859_1));
                return true;
            }
            if (!"GS".equals(tag)) {
                return false;
            }
            deliver(tag, e, null);
            envelopes.append(new String(in, start, at - start, StandardCharsets.ISO_8859_1));
            if (!group()) {
                return false;
            }
        }
    }

    private boolean group() {
        while (true) {
            int start = at;
            String tag = tag();
            List<List<String>> e;
            if (tag == null || (e = elements(tag)) == null) {
                return false;
            }
            if ("GE".equals(tag)) {
                deliver(tag, e, null);
                envelopes.append(new String(in, start, at - start, StandardCharsets.ISO_8859_1));
                handler.endGroup();
                return true;
            }
            if (!"ST".equals(tag) || !transaction(start, e)) {
                return false;
            }
        }
    }

    private boolean transaction(int stStart, List<List<String>> st) {
        X12Segment header = deliver("ST", st, null);
        envelopes.append(new String(in, stStart, at - stStart, StandardCharsets.ISO_8859_1));
        Schema schema = handler.transactionSchema(header);
        TransactionRules.Walker walker = null;
        if (schema != null) {
            var rules = TransactionRules.of(schema);
            if (rules.isEmpty()) {
                return false;
            }
            walker = rules.get().walker();
            schemaUsed = true;
        } else if (schemaUsed) {
            return false; // StAEDI would go on with the last schema set: leave that case to it
        }
        while (true) {
            int start = at;
            String tag = tag();
            List<List<String>> e;
            if (tag == null || (e = elements(tag)) == null) {
                return false;
            }
            if ("SE".equals(tag)) {
                X12Segment se = deliver(tag, e, null);
                if (walker != null && !walker.end() || !String.valueOf(position).equals(se.element(1))) {
                    return false;
                }
                // Without its body the set counts 2 segments; the rest of the SE goes to StAEDI as it is.
                envelopes.append("SE").append((char) elementSep).append('2').append(
                        new String(in, start + 3 + se.element(1).length(), at - start - 3 - se.element(1).length(),
                                StandardCharsets.ISO_8859_1));
                handler.endTransaction();
                return true;
            }
            if (isEnvelope(tag) || walker != null && !walker.segment(tag, e)) {
                return false;
            }
            deliver(tag, e, walker == null ? null : walker.loop());
        }
    }

    private X12Segment deliver(String tag, List<List<String>> elements, String loop) {
        position = "ST".equals(tag) ? 1 : position + 1;
        X12Segment segment = new X12Segment(tag, position, loop, elements);
        handler.segment(segment);
        return segment;
    }

    private static boolean isEnvelope(String tag) {
        return switch (tag) {
            case "ISA", "IEA", "GS", "GE", "ST", "TA1", "ISB", "ISE" -> true;
            default -> false;
        };
    }

    // ---- the tokenizer: printable ASCII, the delimiters the ISA declares, line breaks only after a segment ----

    private static final int[] ISA_SEPARATORS = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};
    private static final String[] TAGS = new String[64 * 64 * 64];

    private boolean isa() {
        if (at + 106 > in.length || in[at] != 'I' || in[at + 1] != 'S' || in[at + 2] != 'A') {
            return false;
        }
        elementSep = in[at + 3];
        repetitionSep = in[at + 82];
        componentSep = in[at + 104];
        segmentEnd = in[at + 105];
        if (!delimiter(elementSep) || !delimiter(repetitionSep) || !delimiter(componentSep)
                || !delimiter(segmentEnd) || elementSep == repetitionSep || elementSep == componentSep
                || elementSep == segmentEnd || repetitionSep == componentSep || repetitionSep == segmentEnd
                || componentSep == segmentEnd
                || !"00501".equals(new String(in, at + 84, 5, StandardCharsets.ISO_8859_1))) {
            return false;
        }
        List<List<String>> elements = new ArrayList<>(16);
        int separator = 0;
        for (int i = 3; i < 105; i++) {
            byte b = in[at + i];
            boolean expected = separator < 16 && ISA_SEPARATORS[separator] == i;
            if (expected != (b == elementSep) || b < 0x20 || b > 0x7E) {
                return false;
            }
            if (expected) {
                int end = separator < 15 ? ISA_SEPARATORS[separator + 1] : 105;
                elements.add(List.of(new String(in, at + i + 1, end - i - 1, StandardCharsets.ISO_8859_1)));
                separator++;
            }
        }
        envelopes.append(new String(in, at, 106, StandardCharsets.ISO_8859_1)).append('\n');
        at += 106;
        skipLineBreaks();
        deliver("ISA", elements, null);
        return true;
    }

    private static boolean delimiter(byte b) {
        return b > 0x20 && b < 0x7F && !(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z');
    }

    /** The segment's tag (two or three of A-Z and 0-9) followed by an element separator; else null. */
    private String tag() {
        if (at + 3 >= in.length) {
            return null;
        }
        int key = 0;
        int i = at;
        for (; i < at + 3 && in[i] != elementSep; i++) {
            byte b = in[i];
            if (!(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9')) {
                return null;
            }
            key = key * 64 + (b - '0' + 1);
        }
        if (i - at < 2 || in[i] != elementSep) {
            return null;
        }
        String tag = TAGS[key];
        if (tag == null) {
            tag = new String(in, at, i - at, StandardCharsets.ISO_8859_1);
            TAGS[key] = tag;
        }
        at = i;
        return tag;
    }

    /**
     * The elements after the tag up to the segment terminator, each the list of its components; null for what
     * StAEDI alone should judge: a repetition, a trailing empty element or component, a character outside
     * printable ASCII, a missing terminator.
     */
    private List<List<String>> elements(String tag) {
        List<List<String>> elements = new ArrayList<>(8);
        List<String> components = null;
        int start = at + 1;
        for (int i = start; i < in.length; i++) {
            byte b = in[i];
            if (b == elementSep || b == segmentEnd || b == componentSep) {
                String value = new String(in, start, i - start, StandardCharsets.ISO_8859_1);
                if (components != null || b == componentSep) {
                    if (components == null) {
                        components = new ArrayList<>(4);
                    }
                    components.add(value);
                    if (b == componentSep) {
                        start = i + 1;
                        continue;
                    }
                    if (value.isEmpty()) {
                        return null;
                    }
                    elements.add(components);
                    components = null;
                } else {
                    elements.add(List.of(value));
                }
                start = i + 1;
                if (b == segmentEnd) {
                    if (value.isEmpty()) {
                        return null;
                    }
                    at = i + 1;
                    skipLineBreaks();
                    return elements;
                }
            } else if (b < 0x20 || b > 0x7E || b == repetitionSep) {
                return null;
            }
        }
        return null;
    }

    private void skipLineBreaks() {
        while (at < in.length && (in[at] == '\n' || in[at] == '\r')) {
            at++;
        }
    }

    /** As {@link X12SegmentReader} does for a stream: a UTF-8 byte order mark and blanks before the ISA. */
    private void skipLeadingBlanks() {
        while (at < in.length) {
            byte b = in[at];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                at++;
            } else if (b == (byte) 0xEF && at + 2 < in.length && in[at + 1] == (byte) 0xBB
                    && in[at + 2] == (byte) 0xBF) {
                at += 3;
            } else {
                return;
            }
        }
    }
}
