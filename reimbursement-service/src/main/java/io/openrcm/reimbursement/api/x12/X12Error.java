package io.openrcm.reimbursement.api.x12;

/**
 * Something in an X12 file that makes a transaction set (or the whole file) unusable, with where it is and the
 * X12 error code a 999 acknowledgment reports for it.
 *
 * @param level SEGMENT (999 IK3), ELEMENT (IK4, under its segment's IK3), TRANSACTION (IK5) or FILE (TA1/AK9)
 * @param transactionControlNumber ST02 of the transaction set; null for envelope errors
 * @param segmentTag the segment's id; null when not about one segment
 * @param segmentPosition the segment's position in its transaction set (ST = 1), or in the file for envelope errors
 * @param loopId the implementation guide loop the segment is in; may be null
 * @param elementPosition the element position (1-based); 0 when about the whole segment
 * @param componentPosition the component position (1-based); 0 when about the whole element
 * @param elementReference the X12 data element reference number (such as 782); may be null
 * @param code the 999 code (IK304, IK403 or IK502)
 * @param reason a sentence for the sender
 */
public record X12Error(Level level, String transactionControlNumber, String segmentTag, int segmentPosition,
        String loopId, int elementPosition, int componentPosition, String elementReference, String code,
        String reason) {

    /**
     * True for an element error that touches neither money nor matching: the payer's contact (PER), its address
     * (N3, N4) and the check date (BPR16, replaced by the production date DTM*405). A payer may be set to have
     * its files accepted with such errors (999 IK5*E) instead of refused.
     */
    public boolean tolerable() {
        return level == Level.ELEMENT && segmentTag != null && (switch (segmentTag) {
            case "PER", "N3", "N4" -> true;
            case "BPR" -> elementPosition == 16;
            default -> false;
        });
    }

    /** How far an error reaches. */
    public enum Level {
        FILE, TRANSACTION, SEGMENT, ELEMENT
    }

    /** Where it is, such as {@code ST 0001 / segment 16 CLP / element 02}. */
    public String location() {
        StringBuilder at = new StringBuilder();
        if (transactionControlNumber != null) {
            at.append("ST ").append(transactionControlNumber);
        }
        if (segmentTag != null) {
            at.append(at.isEmpty() ? "" : " / ").append("segment ").append(segmentPosition).append(' ')
                    .append(segmentTag);
        }
        if (elementPosition > 0) {
            at.append(" / element ").append(String.format("%02d", elementPosition));
            if (componentPosition > 0) {
                at.append('-').append(componentPosition);
            }
        }
        return at.isEmpty() ? "file" : at.toString();
    }
}
