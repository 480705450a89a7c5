package io.openrcm.reimbursement.api.x12;

import java.util.List;

/**
 * One segment as read: its tag, its position in the transaction set (ST = 1) and its elements, each a list of
 * components (a simple element has one).
 *
 * @param tag the segment id, such as CLP
 * @param position the segment's position in its transaction set, ST being 1
 * @param elements the elements, from element 1; each the list of its components
 */
record X12Segment(String tag, int position, List<List<String>> elements) {

    /** The element at a 1-based position (its first component), or null when absent or empty. */
    String el(int position) {
        return comp(position, 1);
    }

    /** The component (1-based) of the element (1-based), or null when absent or empty. */
    String comp(int position, int component) {
        if (position < 1 || position > elements.size()) {
            return null;
        }
        List<String> components = elements.get(position - 1);
        if (component < 1 || component > components.size()) {
            return null;
        }
        String value = components.get(component - 1);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The non-empty components of an element from one 1-based component position to another, inclusive. */
    List<String> components(int position, int from, int to) {
        List<String> found = new java.util.ArrayList<>();
        for (int c = from; c <= to; c++) {
            String value = comp(position, c);
            if (value != null) {
                found.add(value);
            }
        }
        return found;
    }
}
