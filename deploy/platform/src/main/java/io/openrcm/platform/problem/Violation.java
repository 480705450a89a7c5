package io.openrcm.platform.problem;

/**
 * One thing wrong with an input, and exactly where.
 *
 * @param pointer an RFC 6901 JSON pointer into the request body (for example {@code /serviceLines/0/units}), or an
 *     X12 position for EDI input
 * @param message a sentence for the person fixing the input
 */
public record Violation(String pointer, String message) {
}
