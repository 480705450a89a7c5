package io.openrcm.payersim;

import io.openrcm.x12.Envelopes;
import io.openrcm.x12.SegmentWriter;
import io.openrcm.x12.X12ErrorCodes;
import io.openrcm.x12.X12ReadError;
import io.xlate.edi.stream.EDIStreamException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clearinghouse's 999 (005010X231A1) for an 837P file: per transaction set AK2, IK3/IK4 locating each
 * structural error (segment position and loop, element and component position, data element number, code), IK5
 * accepted or rejected; AK9 for the group. An unreadable file is rejected whole.
 */
public final class Ack999Writer {

    /** The implementation guide of the 999. */
    public static final String VERSION = "005010X231A1";

    private Ack999Writer() {
    }

    /** The 999 as text. */
    public static String write(Interchange837 file, String clearinghouseId, LocalDateTime at, int controlNumber) {
        return Outbound.interchange("FA", VERSION, clearinghouseId, file.senderId(), at, controlNumber, file.usage(),
                1, s -> body(s, file));
    }

    private static void body(SegmentWriter s, Interchange837 file) throws EDIStreamException {
        String control = Envelopes.transactionControl(1);
        Envelopes.st(s, "999", control, VERSION);
        s.write("AK1", "HC", nz(file.groupControlNumber(), "0"), nz(file.version(), Claim837Reader.VERSION));
        int accepted = 0;
        for (Interchange837.Transaction t : file.transactions()) {
            s.write("AK2", nz(t.type(), "837"), t.controlNumber(), Claim837Reader.VERSION);
            Set<String> transactionCodes = new LinkedHashSet<>();
            errors(s, t.errors(), transactionCodes);
            if (file.takes(t)) {
                accepted++;
                s.write("IK5", "A");
            } else {
                if (!file.versionSupported()) {
                    transactionCodes.add("I6"); // implementation convention not supported
                } else if (transactionCodes.isEmpty()) {
                    transactionCodes.add(!"837".equals(t.type()) ? "1" : "5"); // 1 not supported, 5 segment errors
                }
                List<Object> ik5 = new ArrayList<>(List.of("R"));
                transactionCodes.stream().limit(5).forEach(ik5::add);
                s.write("IK5", ik5.toArray());
            }
        }
        int received = file.transactions().size();
        String ak901 = received > 0 && accepted == received && file.unreadable() == null ? "A"
                : accepted == 0 ? "R" : "P";
        List<Object> ak9 = new ArrayList<>(List.of(ak901, String.valueOf(received), String.valueOf(received),
                String.valueOf(accepted)));
        if (!file.versionSupported()) {
            ak9.add("2"); // functional group version not supported
        } else if (file.unreadable() != null || received == 0) {
            ak9.add("5"); // number of included transaction sets does not match / the group could not be read
        }
        s.write("AK9", ak9.toArray());
        Envelopes.se(s, control);
    }

    private static void errors(SegmentWriter s, List<X12ReadError> errors, Set<String> transactionCodes)
            throws EDIStreamException {
        String lastSegment = null;
        for (X12ReadError e : errors) {
            if (X12ErrorCodes.isControl(e.type())) {
                transactionCodes.add(X12ErrorCodes.transactionCode(e.type()));
                continue;
            }
            String place = e.segmentTag() + e.segmentPosition();
            if (e.kind() == X12ReadError.Kind.SEGMENT) {
                s.write("IK3", e.segmentTag(), String.valueOf(e.segmentPosition()), e.loop(),
                        X12ErrorCodes.segmentCode(e.type()));
                lastSegment = place;
            } else {
                if (!place.equals(lastSegment)) {
                    s.write("IK3", e.segmentTag(), String.valueOf(e.segmentPosition()), e.loop(), "8");
                    lastSegment = place;
                }
                Object position = e.componentPosition() > 0
                        ? new String[] {String.valueOf(e.elementPosition()), String.valueOf(e.componentPosition())}
                        : String.valueOf(e.elementPosition());
                s.write("IK4", position, e.elementReference(), X12ErrorCodes.elementCode(e.type()));
            }
            transactionCodes.add("5");
        }
    }

    private static String nz(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
