package io.openrcm.claim.domain;

import java.util.Set;

/** The X12 claim filing indicator codes (837 SBR09) a payer can be billed under. */
public final class ClaimFilingIndicator {

    /** Every code the 837 5010 implementation guides allow. */
    public static final Set<String> CODES = Set.of("11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI",
            "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");

    private ClaimFilingIndicator() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }
}
