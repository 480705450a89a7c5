package io.openrcm.reimbursement.domain;

import java.util.Optional;

/** The payer's claim status (X12 835 CLP02), carried by its numeric code. */
public enum ClaimStatusCode {
    PROCESSED_AS_PRIMARY("1"),
    PROCESSED_AS_SECONDARY("2"),
    PROCESSED_AS_TERTIARY("3"),
    DENIED("4"),
    PROCESSED_AS_PRIMARY_FORWARDED("19"),
    PROCESSED_AS_SECONDARY_FORWARDED("20"),
    PROCESSED_AS_TERTIARY_FORWARDED("21"),
    REVERSAL_OF_PREVIOUS_PAYMENT("22"),
    NOT_OUR_CLAIM_FORWARDED("23"),
    PREDETERMINATION_PRICING_ONLY("25");

    private final String code;

    ClaimStatusCode(String code) {
        this.code = code;
    }

    /** The X12 code, such as {@code "1"}. */
    public String code() {
        return code;
    }

    /** True for 4: the payer denied the claim. */
    public boolean isDenied() {
        return this == DENIED;
    }

    /** True for 19, 20, 21: processed, and forwarded to the next payer (posted like 1, 2, 3). */
    public boolean isForwarded() {
        return this == PROCESSED_AS_PRIMARY_FORWARDED || this == PROCESSED_AS_SECONDARY_FORWARDED
                || this == PROCESSED_AS_TERTIARY_FORWARDED;
    }

    /** True for 2, 3, 20, 21: a secondary or tertiary payer processed the claim after the payers before it. */
    public boolean isLaterPayer() {
        return this == PROCESSED_AS_SECONDARY || this == PROCESSED_AS_TERTIARY
                || this == PROCESSED_AS_SECONDARY_FORWARDED || this == PROCESSED_AS_TERTIARY_FORWARDED;
    }

    /** The status of a code, or empty when the code is not one we take. */
    public static Optional<ClaimStatusCode> fromCode(String code) {
        for (ClaimStatusCode s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
