package io.openrcm.x12;

/**
 * A read ST segment.
 *
 * @param type ST01, such as 835 or 999
 * @param controlNumber ST02
 * @param version ST03, the implementation guide; null when absent (then GS08 says it)
 */
public record TransactionHeader(String type, String controlNumber, String version) {

    /** The header of a read ST segment. */
    public static TransactionHeader of(X12Segment st) {
        return new TransactionHeader(st.element(1), st.element(2), st.element(3));
    }
}
