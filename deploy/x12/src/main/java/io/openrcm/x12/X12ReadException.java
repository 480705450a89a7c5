package io.openrcm.x12;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * An X12 file that cannot be read on, with where: the segment's 1-based position in the file (0 when unknown), its
 * tag, the element position, and StAEDI's error code when it gave one.
 */
public class X12ReadException extends RuntimeException {

    private final int segmentPosition;
    private final String segmentTag;
    private final int elementPosition;
    private final EDIStreamValidationError error;

    public X12ReadException(int segmentPosition, String segmentTag, int elementPosition,
            EDIStreamValidationError error, String reason) {
        super(reason);
        this.segmentPosition = segmentPosition;
        this.segmentTag = segmentTag;
        this.elementPosition = elementPosition;
        this.error = error;
    }

    public X12ReadException(int segmentPosition, String segmentTag, int elementPosition, String reason) {
        this(segmentPosition, segmentTag, elementPosition, null, reason);
    }

    public int segmentPosition() {
        return segmentPosition;
    }

    public String segmentTag() {
        return segmentTag;
    }

    public int elementPosition() {
        return elementPosition;
    }

    /** StAEDI's error code; null for a plain syntax error. */
    public EDIStreamValidationError error() {
        return error;
    }
}
