package io.openrcm.code.domain;

/**
 * A coding rule an encounter breaks, and where.
 *
 * @param pointer RFC 6901 JSON pointer into the encounter document, such as {@code /serviceLines/1/code}
 * @param message a sentence for the coder fixing it
 */
public record CodingViolation(String pointer, String message) {
}
