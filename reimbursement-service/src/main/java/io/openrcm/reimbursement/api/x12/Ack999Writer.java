package io.openrcm.reimbursement.api.x12;

import io.openrcm.x12.Envelopes;
import io.openrcm.x12.InterchangeHeader;
import io.openrcm.x12.SegmentWriter;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 999 implementation acknowledgment (005010X231A1) of a read 835 file with StAEDI: per functional group
 * an AK1, per transaction set an AK2 with IK3/IK4 for each segment and element in error and IK5 accepted or
 * rejected, and AK9. Delimiters are the common ones (* : ^ ~), one segment per line. No schema validates it: the
 * 999 echoes the sender's own ids and control numbers and must go back even when those are odd.
 */
public final class Ack999Writer {

    /** The implementation guide of the 999. */
    public static final String VERSION = "005010X231A1";

    private Ack999Writer() {
    }

    /**
     * The 999 for the file.
     *
     * @param file the file as read
     * @param now the 999's date and time (written in UTC)
     * @param controlNumber ISA13 and GS06, from the service's control number sequence
     */
    public static String write(Era835File file, ZonedDateTime now, int controlNumber) {
        String me = file.receiverId() == null ? "OPENRCM" : file.receiverId();
        String them = file.senderId() == null ? "UNKNOWN" : file.senderId();
        InterchangeHeader header = new InterchangeHeader("ZZ", me, "ZZ", them,
                now.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime(), controlNumber,
                file.usage() == null ? "P" : file.usage());
        List<Era835File.Group> groups = file.groups().isEmpty()
                ? List.of(new Era835File.Group("0", "HP", Era835Reader.VERSION, List.of(), file.fileErrors(), true))
                : file.groups();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            EDIStreamWriter w = SegmentWriter.factory().createEDIStreamWriter(out, StandardCharsets.UTF_8.name());
            SegmentWriter s = new SegmentWriter(w);
            w.startInterchange();
            Envelopes.isa(s, header);
            Envelopes.gs(s, "FA", header, VERSION);
            int st = 0;
            for (Era835File.Group g : groups) {
                String control = Envelopes.transactionControl(++st);
                Envelopes.st(s, "999", control, VERSION);
                group(s, g, g == groups.get(0) && !file.fileErrors().isEmpty());
                Envelopes.se(s, control);
            }
            Envelopes.ge(s, st, header);
            Envelopes.iea(s, header);
            w.endInterchange();
            w.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("the 999 cannot be written", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** AK1, each transaction set's AK2 to IK5, AK9; file errors count against the first group. */
    private static void group(SegmentWriter s, Era835File.Group g, boolean fileInError) throws EDIStreamException {
        s.write("AK1", nz(g.functionalId(), "HP"), nz(g.controlNumber(), "0"), nz(g.version(), Era835Reader.VERSION));
        int accepted = 0;
        boolean withErrors = false;
        for (Era835File.Transaction t : g.transactions()) {
            s.write("AK2", nz(t.type(), "835"), nz(t.controlNumber(), "0"));
            if (!g.versionSupported()) {
                s.write("IK5", "R", "I6"); // the group's version, reported once in AK9 and the problem
                continue;
            }
            transactionErrors(s, t.errors());
            if (t.errors().isEmpty()) {
                accepted++;
                s.write("IK5", "A");
            } else if (t.acceptedWithErrors()) {
                accepted++;
                withErrors = true;
                s.write("IK5", "E");
            } else {
                List<Object> ik5 = new ArrayList<>();
                ik5.add("R");
                ik5.addAll(transactionCodes(t.errors()));
                s.write("IK5", ik5.toArray());
            }
        }
        int received = g.transactions().size();
        boolean groupOk = g.errors().isEmpty() && !fileInError;
        String ack = accepted == received && groupOk && received > 0 ? (withErrors ? "E" : "A")
                : accepted == 0 || !groupOk ? "R" : "P";
        List<Object> ak9 = new ArrayList<>(List.of(ack, String.valueOf(received), String.valueOf(received),
                String.valueOf(accepted)));
        g.errors().stream().map(X12Error::code).distinct().limit(5).forEach(ak9::add);
        s.write("AK9", ak9.toArray());
    }

    private static void transactionErrors(SegmentWriter s, List<X12Error> errors) throws EDIStreamException {
        String lastSegment = null;
        for (X12Error e : errors) {
            if (e.level() == X12Error.Level.SEGMENT) {
                s.write("IK3", e.segmentTag(), String.valueOf(e.segmentPosition()), e.loopId(), e.code());
                lastSegment = e.segmentTag() + e.segmentPosition();
            } else if (e.level() == X12Error.Level.ELEMENT) {
                if (!(e.segmentTag() + e.segmentPosition()).equals(lastSegment)) {
                    s.write("IK3", e.segmentTag(), String.valueOf(e.segmentPosition()), e.loopId(), "8");
                    lastSegment = e.segmentTag() + e.segmentPosition();
                }
                Object position = e.componentPosition() > 0
                        ? new String[] {String.valueOf(e.elementPosition()), String.valueOf(e.componentPosition())}
                        : String.valueOf(e.elementPosition());
                s.write("IK4", position, e.elementReference(), e.code());
            }
        }
    }

    private static List<String> transactionCodes(List<X12Error> errors) {
        List<String> codes = new ArrayList<>();
        for (X12Error e : errors) {
            String code = e.level() == X12Error.Level.TRANSACTION ? e.code() : "5";
            if (!codes.contains(code) && codes.size() < 5) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String nz(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
