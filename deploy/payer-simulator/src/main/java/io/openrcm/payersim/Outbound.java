package io.openrcm.payersim;

import io.openrcm.x12.Envelopes;
import io.openrcm.x12.InterchangeHeader;
import io.openrcm.x12.SegmentWriter;
import io.xlate.edi.stream.EDIStreamException;
import java.time.LocalDateTime;

/**
 * One outgoing interchange being written as text (one group): the envelope around what a writer puts inside it.
 * The clearinghouse is the sender; the provider (the 837's ISA06) the receiver.
 */
final class Outbound {

    /** What goes inside the group. */
    interface Body {
        void write(SegmentWriter s) throws EDIStreamException;
    }

    private Outbound() {
    }

    /**
     * The whole interchange.
     *
     * @param sets how many transaction sets the body writes (GE01)
     */
    static String interchange(String functionalId, String version, String sender, String receiver,
            LocalDateTime at, int controlNumber, String usage, int sets, Body body) {
        StringBuilder out = new StringBuilder(2048);
        SegmentWriter s = new SegmentWriter(out);
        InterchangeHeader header = new InterchangeHeader("ZZ", sender, "ZZ", receiver == null ? "UNKNOWN" : receiver,
                at, controlNumber, usage == null ? "P" : usage);
        try {
            Envelopes.isa(s, header);
            Envelopes.gs(s, functionalId, header, version);
            body.write(s);
            Envelopes.ge(s, sets, header);
            Envelopes.iea(s, header);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("the " + functionalId + " interchange cannot be written", e);
        }
        return out.toString();
    }
}
