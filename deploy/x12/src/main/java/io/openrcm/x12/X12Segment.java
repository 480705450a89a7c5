package io.openrcm.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment as read. The one rule for a missing value: an element or component that is absent or empty reads as
 * {@code null} (X12 does not tell an empty element from an absent one; both mean "not used"), never as {@code ""}.
 *
 * @param tag the segment id, such as {@code CLP}
 * @param position the segment's 1-based position in its transaction set (ST = 1), the position a 999 IK302
 *        reports; envelope segments outside a transaction set go on counting from the last one
 * @param loop the implementation loop the segment is in (such as {@code 2100}) when a transaction schema is set;
 *        otherwise null
 * @param elements the elements from element 1, each the list of its components (a simple element has one)
 */
public record X12Segment(String tag, int position, String loop, List<List<String>> elements) {

    /** Element {@code n} (1-based), its first component; null when absent or empty. */
    public String element(int n) {
        return component(n, 1);
    }

    /** Component {@code c} of element {@code n} (both 1-based); null when absent or empty. */
    public String component(int n, int c) {
        if (n < 1 || n > elements.size()) {
            return null;
        }
        List<String> components = elements.get(n - 1);
        if (c < 1 || c > components.size()) {
            return null;
        }
        String value = components.get(c - 1);
        return value == null || value.isEmpty() ? null : value;
    }

    /** True when element {@code n} has a value. */
    public boolean has(int n) {
        return element(n) != null;
    }

    /** The present components of element {@code n} from component {@code from} to {@code to}, inclusive. */
    public List<String> components(int n, int from, int to) {
        List<String> found = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            String value = component(n, c);
            if (value != null) {
                found.add(value);
            }
        }
        return found;
    }
}
