package io.openrcm.x12;

import io.xlate.edi.schema.Schema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fast path of {@link X12SegmentReader}: its own tokenizer over the bytes, each transaction set walked through
 * its compiled {@link TransactionRules}, and the envelopes (ISA, GS, ST, SE, GE, IEA without the sets' bodies)
 * checked by StAEDI's control validator. It gives up (returns false) at the first thing StAEDI's validator could
 * report or that it does not model; the caller then discards its handler and reads the file with StAEDI.
 */
final class FastReader {

    private final X12Tokenizer t;
    private final X12Handler handler;
    private final StringBuilder envelopes = new StringBuilder(512);
    private int position;
    private boolean schemaUsed;

    private FastReader(byte[] in, X12Handler handler) {
        this.t = new X12Tokenizer(in);
        this.handler = handler;
    }

    /** True when the whole file went to the handler and StAEDI would have reported nothing about it. */
    static boolean read(byte[] file, X12Handler handler) {
        return new FastReader(file, handler).read();
    }

    private boolean read() {
        t.skipLeadingBlanks();
        if (t.atEnd()) {
            return false;
        }
        while (!t.atEnd()) {
            if (!interchange()) {
                return false;
            }
            t.skipLineBreaks();
        }
        return envelopesClean(envelopes.toString());
    }

    private boolean interchange() {
        int isaStart = t.at;
        List<List<String>> isa = t.isa();
        if (isa == null) {
            return false;
        }
        envelopes.append(t.text(isaStart));
        deliver("ISA", isa, null);
        List<List<String>> e;
        String tag;
        while (true) {
            int start = t.at;
            tag = t.tag();
            if (tag == null || (e = t.elements()) == null) {
                return false;
            }
            if ("IEA".equals(tag)) {
                deliver(tag, e, null);
                envelopes.append(t.text(start));
                return true;
            }
            if (!"GS".equals(tag)) {
                return false;
            }
            deliver(tag, e, null);
            envelopes.append(t.text(start));
            if (!group()) {
                return false;
            }
        }
    }

    private boolean group() {
        while (true) {
            int start = t.at;
            String tag = t.tag();
            List<List<String>> e;
            if (tag == null || (e = t.elements()) == null) {
                return false;
            }
            if ("GE".equals(tag)) {
                deliver(tag, e, null);
                envelopes.append(t.text(start));
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
        envelopes.append(t.text(stStart));
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
            int start = t.at;
            String tag = t.tag();
            List<List<String>> e;
            if (tag == null || (e = t.elements()) == null) {
                return false;
            }
            if ("SE".equals(tag)) {
                X12Segment se = deliver(tag, e, null);
                if (walker != null && !walker.end() || !String.valueOf(position).equals(se.element(1))) {
                    return false;
                }
                // Without its body the set counts 2 segments; the rest of the SE goes to StAEDI as it is.
                envelopes.append("SE").append((char) t.elementSep).append('2')
                        .append(t.text(start + 3 + se.element(1).length()));
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

    /** True when StAEDI's control validator finds nothing in these envelopes (sets without their bodies). */
    private static boolean envelopesClean(String envelopes) {
        boolean[] clean = {true};
        try {
            new X12SegmentReader().read(new ByteArrayInputStream(envelopes.getBytes(StandardCharsets.ISO_8859_1)),
                    new X12Handler() {
                        @Override
                        public void segment(X12Segment segment) {
                            // only errors matter here
                        }

                        @Override
                        public void error(X12ReadError error) {
                            clean[0] = false;
                        }
                    });
        } catch (X12ReadException e) {
            return false;
        }
        return clean[0];
    }
}
