package io.openrcm.claim.edi;

import io.openrcm.x12.GroupHeader;
import io.openrcm.x12.X12ReadException;
import io.openrcm.x12.X12Segment;
import io.openrcm.x12.X12SegmentReader;
import java.util.List;

/**
 * What a 999 or 277CA file from the clearinghouse's mailbox must be before it is applied: one whole interchange (ISA
 * first, IEA last: a file cut short is refused, never half applied) of version 00501, with functional groups of the
 * 999 (005010X231A1) or the 277CA (005010X214).
 */
public final class AcknowledgmentFileCheck {

    private static final X12SegmentReader READER = new X12SegmentReader();

    private AcknowledgmentFileCheck() {
    }

    /**
     * Checks the file.
     *
     * @throws X12ReadException when it is cut short, of another version, or not an acknowledgment
     */
    public static void check(String x12) {
        List<X12Segment> segments = READER.readAll(x12).segments();
        X12Segment last = segments.get(segments.size() - 1);
        if (!"IEA".equals(last.tag())) {
            throw new X12ReadException(last.position(), last.tag(), 0,
                    "the file ends at segment " + last.position() + " (" + last.tag() + ") without its IEA: cut short");
        }
        X12Segment isa = segments.get(0);
        if (!"00501".equals(isa.element(12))) {
            throw new X12ReadException(isa.position(), "ISA", 12, "interchange version " + isa.element(12)
                    + " is not 00501");
        }
        for (X12Segment s : segments) {
            if ("GS".equals(s.tag())) {
                String version = GroupHeader.of(s).version();
                if (!"005010X231A1".equals(version) && !"005010X214".equals(version)) {
                    throw new X12ReadException(s.position(), "GS", 8, "functional group version " + version
                            + " is neither a 999 (005010X231A1) nor a 277CA (005010X214)");
                }
            }
        }
    }

    /** The first functional group's GS01 and GS06 as far as they can be read, for the rejecting 999's AK1. */
    public static String[] firstGroup(String x12) {
        try {
            for (X12Segment s : READER.readAll(x12).segments()) {
                if ("GS".equals(s.tag())) {
                    return new String[] {s.element(1), s.element(6)};
                }
            }
        } catch (X12ReadException e) {
            // Unreadable before its GS: the 999 names no group.
        }
        return new String[] {"HN", "0"};
    }
}
