package io.openrcm.x12;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The ISA of an interchange, to write or as read.
 *
 * @param senderQualifier ISA05
 * @param senderId ISA06 (and GS02 when written), without its padding
 * @param receiverQualifier ISA07
 * @param receiverId ISA08 (and GS03 when written), without its padding
 * @param createdAt ISA09/ISA10 (and GS04/GS05 when written); null when a read one is not a date
 * @param controlNumber ISA13 (and GS06 when written); 0 when a read one is not a number
 * @param usageIndicator ISA15: P production, T test
 */
public record InterchangeHeader(String senderQualifier, String senderId, String receiverQualifier,
        String receiverId, LocalDateTime createdAt, int controlNumber, String usageIndicator) {

    private static final DateTimeFormatter YYMMDDHHMM = DateTimeFormatter.ofPattern("yyMMddHHmm");

    /** The header of a read ISA segment; ids are trimmed of their padding. */
    public static InterchangeHeader of(X12Segment isa) {
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(isa.element(9) + isa.element(10), YYMMDDHHMM);
        } catch (DateTimeParseException e) {
            at = null;
        }
        String control = isa.element(13);
        int number = control != null && control.matches("\\d{1,9}") ? Integer.parseInt(control) : 0;
        return new InterchangeHeader(isa.element(5), trim(isa.element(6)), isa.element(7), trim(isa.element(8)), at,
                number, isa.element(15));
    }

    private static String trim(String id) {
        return id == null ? null : id.trim();
    }
}
