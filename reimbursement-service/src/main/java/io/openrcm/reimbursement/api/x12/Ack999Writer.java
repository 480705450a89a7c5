package io.openrcm.reimbursement.api.x12;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 999 implementation acknowledgment (005010X231A1) of a read 835 file: per functional group an AK1, per
 * transaction set an AK2 with IK3/IK4 for each segment and element in error and IK5 accepted or rejected, and AK9.
 * Delimiters are the common ones (* : ^ ~), one segment per line.
 */
public final class Ack999Writer {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private Ack999Writer() {
    }

    /** The 999 for the file, dated {@code now}; its control numbers are taken from the time. */
    public static String write(Era835File file, ZonedDateTime now) {
        ZonedDateTime utc = now.withZoneSameInstant(ZoneOffset.UTC);
        String control = String.format("%09d", utc.toEpochSecond() % 1_000_000_000L);
        String me = file.receiverId() == null ? "OPENRCM" : file.receiverId();
        String them = file.senderId() == null ? "UNKNOWN" : file.senderId();
        List<String> out = new ArrayList<>();
        out.add("ISA*00*" + " ".repeat(10) + "*00*" + " ".repeat(10) + "*ZZ*" + pad(me) + "*ZZ*" + pad(them) + "*"
                + YYMMDD.format(utc) + "*" + HHMM.format(utc) + "*^*00501*" + control + "*0*"
                + (file.usage() == null ? "P" : file.usage()) + "*:~");
        out.add("GS*FA*" + me + "*" + them + "*" + CCYYMMDD.format(utc) + "*" + HHMM.format(utc) + "*"
                + Long.parseLong(control) + "*X*005010X231A1~");
        List<Era835File.Group> groups = file.groups().isEmpty()
                ? List.of(new Era835File.Group("0", "HP", Era835Reader.VERSION, List.of(), file.fileErrors(), true))
                : file.groups();
        int st = 0;
        for (Era835File.Group g : groups) {
            st++;
            List<String> set = new ArrayList<>();
            set.add("ST*999*" + String.format("%04d", st) + "*005010X231A1~");
            set.add("AK1*" + nz(g.functionalId(), "HP") + "*" + nz(g.controlNumber(), "0") + "*"
                    + nz(g.version(), Era835Reader.VERSION) + "~");
            int accepted = 0;
            for (Era835File.Transaction t : g.transactions()) {
                set.add("AK2*" + nz(t.type(), "835") + "*" + nz(t.controlNumber(), "0") + "~");
                transactionErrors(t.errors(), set);
                if (t.errors().isEmpty()) {
                    accepted++;
                    set.add("IK5*A~");
                } else {
                    set.add("IK5*R*" + String.join("*", transactionCodes(t.errors())) + "~");
                }
            }
            int received = g.transactions().size();
            boolean groupOk = g.errors().isEmpty() && (g == groups.get(0) ? file.fileErrors().isEmpty() : true);
            String ack = accepted == received && groupOk && received > 0 ? "A" : accepted == 0 ? "R" : "P";
            String codes = g.errors().stream().map(X12Error::code).distinct().limit(5)
                    .reduce("", (a, b) -> a + "*" + b);
            set.add("AK9*" + ack + "*" + received + "*" + received + "*" + accepted + codes + "~");
            set.add("SE*" + (set.size() + 1) + "*" + String.format("%04d", st) + "~");
            out.addAll(set);
        }
        out.add("GE*" + st + "*" + Long.parseLong(control) + "~");
        out.add("IEA*1*" + control + "~");
        return String.join("\n", out) + "\n";
    }

    private static void transactionErrors(List<X12Error> errors, List<String> out) {
        String lastSegment = null;
        for (X12Error e : errors) {
            if (e.level() == X12Error.Level.SEGMENT) {
                out.add("IK3*" + e.segmentTag() + "*" + e.segmentPosition() + "*" + nz(e.loopId(), "") + "*"
                        + e.code() + "~");
                lastSegment = e.segmentTag() + e.segmentPosition();
            } else if (e.level() == X12Error.Level.ELEMENT) {
                if (!(e.segmentTag() + e.segmentPosition()).equals(lastSegment)) {
                    out.add("IK3*" + e.segmentTag() + "*" + e.segmentPosition() + "*" + nz(e.loopId(), "") + "*8~");
                    lastSegment = e.segmentTag() + e.segmentPosition();
                }
                String position = e.elementPosition() + (e.componentPosition() > 0 ? ":" + e.componentPosition()
                        : "");
                out.add("IK4*" + position + "*" + nz(e.elementReference(), "") + "*" + e.code() + "~");
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

    private static String pad(String id) {
        String cut = id.length() > 15 ? id.substring(0, 15) : id;
        return cut + " ".repeat(15 - cut.length());
    }

    private static String nz(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
