package io.openrcm.claim.edi;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes the 999 (005010X231A1) that rejects a whole file we could not read: AK1 names the file's functional group
 * where it could be read, AK9*R says none of it was accepted. It goes back to the clearinghouse's inbound folder.
 */
public final class Rejection999Writer {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private Rejection999Writer() {
    }

    /**
     * @param senderQualifier our ISA05
     * @param senderId our ISA06 / GS02
     * @param control our interchange and group control number
     * @param functionalId the rejected group's GS01 (HN for a 277CA, FA for a 999)
     * @param groupControl the rejected group's GS06 ("0" when it could not be read)
     */
    public static String write(String senderQualifier, String senderId, int control, String functionalId,
            String groupControl, LocalDateTime at) {
        String isa13 = String.format("%09d", control);
        String receiver = "CLEARINGHOUSE";
        String gs = String.valueOf(control);
        return "ISA*00*" + " ".repeat(10) + "*00*" + " ".repeat(10) + "*" + senderQualifier + "*" + pad(senderId)
                + "*ZZ*" + pad(receiver) + "*" + at.format(YYMMDD) + "*" + at.format(HHMM) + "*^*00501*" + isa13
                + "*0*P*:~"
                + "GS*FA*" + senderId + "*" + receiver + "*" + at.format(CCYYMMDD) + "*" + at.format(HHMM) + "*" + gs
                + "*X*005010X231A1~"
                + "ST*999*0001*005010X231A1~"
                + "AK1*" + safe(functionalId, "HN") + "*" + safe(groupControl, "0") + "*"
                + ("FA".equals(functionalId) ? "005010X231A1" : "005010X214") + "~"
                + "AK9*R*0*0*0~"
                + "SE*4*0001~"
                + "GE*1*" + gs + "~"
                + "IEA*1*" + isa13 + "~";
    }

    private static String pad(String id) {
        return String.format("%-15s", id.length() > 15 ? id.substring(0, 15) : id);
    }

    private static String safe(String value, String otherwise) {
        return value == null || !value.matches("[A-Za-z0-9]{1,9}") ? otherwise : value;
    }
}
