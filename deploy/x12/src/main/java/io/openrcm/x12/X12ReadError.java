package io.openrcm.x12;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Locale;

/**
 * A validation error StAEDI reported while reading (the file stays readable), with its place.
 *
 * @param kind SEGMENT (a whole segment: unexpected, missing...) or ELEMENT (an element or component)
 * @param type StAEDI's error code
 * @param segmentTag the segment's id
 * @param segmentPosition the segment's position in its transaction set (ST = 1), as {@link X12Segment#position()}
 * @param loop the implementation loop when known; else null
 * @param elementPosition the element position (1-based); 0 for a segment error
 * @param componentPosition the component position (1-based); 0 when about the whole element
 * @param elementReference the X12 data element number (such as {@code 782}) when the schema names it; else null
 * @param value the element's text as read; null for a segment error
 */
public record X12ReadError(Kind kind, EDIStreamValidationError type, String segmentTag, int segmentPosition,
        String loop, int elementPosition, int componentPosition, String elementReference, String value) {

    /** What an error is about. */
    public enum Kind {
        SEGMENT, ELEMENT
    }

    /** The error code as a few words, such as "invalid date". */
    public String description() {
        return describe(type);
    }

    /** Where and what, such as {@code segment 15 CLP (loop 2100), element 03: invalid character data}. */
    @Override
    public String toString() {
        return "segment " + segmentPosition + " " + segmentTag + (loop == null ? "" : " (loop " + loop + ")")
                + (elementPosition > 0 ? ", element " + String.format("%02d", elementPosition)
                        + (componentPosition > 0 ? "-" + componentPosition : "") : "")
                + ": " + description();
    }

    /** A StAEDI error code as a few words, such as "invalid date". */
    public static String describe(EDIStreamValidationError type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
