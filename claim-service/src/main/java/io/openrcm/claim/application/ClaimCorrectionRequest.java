package io.openrcm.claim.application;

import java.util.List;

/**
 * Corrections a billing office makes to a claim's data (in place before the payer accepted it, or in a replacement
 * claim afterwards). Null fields keep the current value. Validated by the API.
 *
 * @param subscriberMemberId the insured's member id
 * @param renderingProviderNpi the rendering provider
 * @param placeOfService the place of service code
 * @param lines per line: new modifiers, units or diagnosis pointers
 * @param payerClaimControlNumber for a replacement or void: the payer's claim control number when we do not know it
 */
public record ClaimCorrectionRequest(String subscriberMemberId, String renderingProviderNpi, String placeOfService,
        List<LineCorrection> lines, String payerClaimControlNumber) {

    /**
     * A line's corrections; null fields keep the current value.
     *
     * @param lineNumber the line
     * @param modifiers new modifiers
     * @param units new units
     * @param diagnosisPointers new pointers
     */
    public record LineCorrection(Integer lineNumber, List<String> modifiers, Integer units,
            List<Integer> diagnosisPointers) {
    }

    /** No corrections. */
    public static ClaimCorrectionRequest none() {
        return new ClaimCorrectionRequest(null, null, null, List.of(), null);
    }
}
