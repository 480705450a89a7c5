package io.openrcm.claim.edi;

import io.openrcm.x12.InterchangeHeader;
import java.time.LocalDateTime;

/**
 * The ISA/GS envelope and submitter/receiver data of one 837P interchange.
 *
 * @param senderQualifier ISA05
 * @param senderId ISA06 and GS02 (padded to 15 in ISA)
 * @param receiverQualifier ISA07
 * @param receiverId ISA08 and GS03
 * @param usageIndicator ISA15: P production, T test
 * @param controlNumber ISA13 and GS06 (from a database sequence, so unique and persisted)
 * @param createdAt ISA09/10, GS04/05, BHT04/05
 * @param submitterName loop 1000A NM103
 * @param submitterId loop 1000A NM109
 * @param contactName loop 1000A PER02
 * @param contactPhone loop 1000A PER04
 * @param receiverName loop 1000B NM103
 */
public record Envelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
        String usageIndicator, int controlNumber, LocalDateTime createdAt, String submitterName, String submitterId,
        String contactName, String contactPhone, String receiverName) {

    /** The ISA (and GS) this envelope writes. */
    public InterchangeHeader interchange() {
        return new InterchangeHeader(senderQualifier, senderId, receiverQualifier, receiverId, createdAt,
                controlNumber, usageIndicator);
    }
}
