package io.openrcm.x12;

/**
 * A read GS segment.
 *
 * @param functionalId GS01 (HP for an 835, HC for an 837, FA for a 999)
 * @param controlNumber GS06 as written
 * @param version GS08, the implementation guide (such as 005010X221A1)
 */
public record GroupHeader(String functionalId, String controlNumber, String version) {

    /** The header of a read GS segment. */
    public static GroupHeader of(X12Segment gs) {
        return new GroupHeader(gs.element(1), gs.element(6), gs.element(8));
    }
}
