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

    /** A required text of at most {@code maxLength} characters, stripped; null (and a violation) when not. */
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
        return text;
    }
}
