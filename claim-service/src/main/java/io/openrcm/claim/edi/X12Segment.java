package io.openrcm.claim.edi;

import java.util.List;

/**
 * One segment as read: its tag, its 1-based position in the file, and its elements (each a list of components; a
 * simple element has one).
 *
 * @param tag segment id, such as {@code STC}
 * @param position 1-based position of the segment in the interchange
 * @param elements elements in order, position 1 first
 */
public record X12Segment(String tag, int position, List<List<String>> elements) {

    /** Element {@code n} (1-based), its first component; empty string when absent. */
    public String element(int n) {
        return component(n, 1);
    }

    /** Component {@code c} of element {@code n} (both 1-based); empty string when absent. */
    public String component(int n, int c) {
        if (n < 1 || n > elements.size() || c < 1 || c > elements.get(n - 1).size()) {
            return "";
        }
        String value = elements.get(n - 1).get(c - 1);
        return value == null ? "" : value;
    }
}
