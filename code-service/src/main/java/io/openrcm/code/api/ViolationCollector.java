package io.openrcm.code.api;

import io.openrcm.platform.problem.Violation;
import java.util.ArrayList;
import java.util.List;

/** Gathers every violation of a request, in document order, so a client can fix them all at once. */
final class ViolationCollector {

    private final List<Violation> violations = new ArrayList<>();

    void add(String pointer, String message) {
        violations.add(new Violation(pointer, message));
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    List<Violation> all() {
        return List.copyOf(violations);
    }

    /**
     * The X12 delimiters of the 837 the claim goes out in (segment, element, component, repetition). A value
     * carrying one is refused here: written into the 837 it would cut the segment, or be stripped and name
     * another member.
     */
    static final String X12_DELIMITERS = "~*:^";

    /**
     * A required text of at most {@code maxLength} characters, stripped, free of control characters and X12
     * delimiters; null (and a violation) when not. Every such text reaches the 837.
     */
    String requiredText(String pointer, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(pointer, "is required");
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            add(pointer, "must be at most " + maxLength + " characters");
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            add(pointer, "must not contain control characters");
            return null;
        }
        for (char c : text.toCharArray()) {
            if (X12_DELIMITERS.indexOf(c) >= 0) {
                add(pointer, "must not contain '" + c + "': it is an X12 delimiter (~ * : ^) of the claim sent to "
                        + "the payer");
                return null;
            }
        }
        return text;
    }
}
