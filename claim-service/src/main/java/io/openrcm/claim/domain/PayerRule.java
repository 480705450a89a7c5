package io.openrcm.claim.domain;

import java.util.Objects;

/**
 * A scrub rule a payer asked for, configured on the payer. Its id is the payer's (stable, shown in findings).
 *
 * @param ruleId stable id, such as {@code BCBS-IL-001}
 * @param type what it checks
 * @param code the procedure code it concerns; null for every code (where the type allows it)
 * @param modifier the modifier REQUIRE_MODIFIER asks for
 * @param max the limit of MAX_UNITS and MAX_LINES
 * @param message what the finding says; a default sentence when null
 */
public record PayerRule(String ruleId, Type type, String code, String modifier, Integer max, String message) {

    /** The kinds of payer rule. */
    public enum Type {
        /** Every claim must name a rendering provider. */
        REQUIRE_RENDERING_PROVIDER,
        /** The payer does not cover {@code code}. */
        CODE_NOT_COVERED,
        /** Lines with {@code code} must carry {@code modifier}. */
        REQUIRE_MODIFIER,
        /** Lines (with {@code code}, or any) must not bill more than {@code max} units. */
        MAX_UNITS,
        /** A claim must not have more than {@code max} lines. */
        MAX_LINES
    }

    public PayerRule {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(type, "type");
    }
}
