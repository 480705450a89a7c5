package io.openrcm.x12;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path's tokenizer over a file in memory: printable ASCII only, the delimiters its ISA declares (X12 00501),
 * line breaks only after a segment terminator. Whatever else it meets (a repetition, a trailing empty element or
 * component, another character) it answers null, leaving the file to StAEDI.
 */
final class X12Tokenizer {

    final byte[] in;
    int at;
    byte elementSep;
    private byte componentSep;
    private byte repetitionSep;
    byte segmentEnd;

    X12Tokenizer(byte[] in) {
        this.in = in;
    }

    boolean atEnd() {
        return at >= in.length;
    }

    /** The bytes from {@code from} to the current place, as text. */
    String text(int from) {
        return new String(in, from, at - from, StandardCharsets.ISO_8859_1);
    }

    private static final int[] ISA_SEPARATORS = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};
    private static final String[] TAGS = new String[64 * 64 * 64];

    /** The ISA's sixteen elements as written (padding kept), its delimiters taken; null for an unusual ISA. */
    List<List<String>> isa() {
        if (at + 106 > in.length || in[at] != 'I' || in[at + 1] != 'S' || in[at + 2] != 'A') {
            return null;
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
            return null;
        }
        List<List<String>> elements = new ArrayList<>(16);
        int separator = 0;
        for (int i = 3; i < 105; i++) {
            byte b = in[at + i];
            boolean expected = separator < 16 && ISA_SEPARATORS[separator] == i;
            if (expected != (b == elementSep) || b < 0x20 || b > 0x7E) {
                return null;
            }
            if (expected) {
                int end = separator < 15 ? ISA_SEPARATORS[separator + 1] : 105;
                elements.add(List.of(new String(in, at + i + 1, end - i - 1, StandardCharsets.ISO_8859_1)));
                separator++;
            }
        }
        at += 106;
        skipLineBreaks();
        return elements;
    }

    private static boolean delimiter(byte b) {
        return b > 0x20 && b < 0x7F && !(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z');
    }

    /** The segment's tag (two or three of A-Z and 0-9) followed by an element separator; else null. */
    String tag() {
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
    List<List<String>> elements() {
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

    void skipLineBreaks() {
        while (at < in.length && (in[at] == '\n' || in[at] == '\r')) {
            at++;
        }
    }

    /** As {@link X12SegmentReader} does for a stream: a UTF-8 byte order mark and blanks before the ISA. */
    void skipLeadingBlanks() {
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
