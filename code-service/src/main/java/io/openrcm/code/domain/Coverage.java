package io.openrcm.code.domain;

import java.util.Objects;

/**
 * One insurance coverage of an encounter: the payer, the member id on its card, and the subscriber. Its position in
 * the encounter's list is its order of payment (primary, secondary, tertiary).
 *
 * @param payerId the payer
 * @param memberId the member id at that payer
 * @param subscriber the insured person
 */
public record Coverage(String payerId, String memberId, Subscriber subscriber) {

    /** The most coverages an 837 carries for one claim (primary, secondary, tertiary). */
    public static final int MAX = 3;

    public Coverage {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(subscriber, "subscriber");
    }

    /** A coverage whose subscriber is the patient, as a single payer and member id implied before coverages. */
    public static Coverage selfCoverage(String payerId, String memberId) {
        return new Coverage(payerId, memberId, Subscriber.self());
    }

    /** The X12 payer responsibility sequence code (SBR01) of the coverage at that 0-based position. */
    public static String sequenceCode(int position) {
        return switch (position) {
            case 0 -> "P";
            case 1 -> "S";
            case 2 -> "T";
            default -> throw new IllegalArgumentException("at most " + MAX + " coverages");
        };
    }
}
