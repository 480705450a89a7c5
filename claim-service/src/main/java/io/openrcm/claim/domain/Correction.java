package io.openrcm.claim.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * What kind of claim this is in the X12 sense (CLM05-3 claim frequency) and, for a correction, which claim it
 * corrects and the payer's claim control number of that claim (sent as REF*F8).
 *
 * @param frequencyCode "1" original, "7" replacement, "8" void
 * @param originalClaimId the corrected claim; null for an original
 * @param payerClaimControlNumber the payer's claim control number of the corrected claim; null for an original
 */
public record Correction(String frequencyCode, UUID originalClaimId, String payerClaimControlNumber) {

    public static final String ORIGINAL_CODE = "1";
    public static final String REPLACEMENT_CODE = "7";
    public static final String VOID_CODE = "8";
    public static final Correction ORIGINAL = new Correction(ORIGINAL_CODE, null, null);

    public Correction {
        Objects.requireNonNull(frequencyCode, "frequencyCode");
        if (!frequencyCode.equals(ORIGINAL_CODE)) {
            if (!frequencyCode.equals(REPLACEMENT_CODE) && !frequencyCode.equals(VOID_CODE)) {
                throw new ClaimRuleException("claim frequency code must be 1, 7 or 8");
            }
            if (originalClaimId == null || payerClaimControlNumber == null || payerClaimControlNumber.isBlank()) {
                throw new ClaimRuleException("a replacement or void claim needs the original claim and the payer's"
                        + " claim control number");
            }
        }
    }

    public static Correction replacing(UUID originalClaimId, String payerClaimControlNumber) {
        return new Correction(REPLACEMENT_CODE, originalClaimId, payerClaimControlNumber);
    }

    public static Correction voiding(UUID originalClaimId, String payerClaimControlNumber) {
        return new Correction(VOID_CODE, originalClaimId, payerClaimControlNumber);
    }

    public boolean isOriginal() {
        return ORIGINAL_CODE.equals(frequencyCode);
    }

    public boolean isVoid() {
        return VOID_CODE.equals(frequencyCode);
    }
}
