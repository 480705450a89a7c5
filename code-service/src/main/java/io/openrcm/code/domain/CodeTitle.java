package io.openrcm.code.domain;

/**
 * A code with its titles as one version holds it, as lookup and search show it.
 *
 * @param code the code without a dot
 * @param shortTitle the short title
 * @param longTitle the long title
 * @param billable false for a header code
 */
public record CodeTitle(String code, String shortTitle, String longTitle, boolean billable) {
}
