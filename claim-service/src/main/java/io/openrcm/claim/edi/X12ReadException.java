package io.openrcm.claim.edi;

/** An X12 file that cannot be read, with where: 1-based segment position, segment tag, element position. */
public class X12ReadException extends RuntimeException {

    private final int segmentPosition;
    private final String segmentTag;
    private final int elementPosition;

    public X12ReadException(int segmentPosition, String segmentTag, int elementPosition, String reason) {
        super(reason);
        this.segmentPosition = segmentPosition;
        this.segmentTag = segmentTag;
        this.elementPosition = elementPosition;
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
}
