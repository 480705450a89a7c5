package io.openrcm.reimbursement.domain;

import java.util.Optional;

/** Claim adjustment group codes (X12 835 CAS01): who bears an adjusted amount. */
public enum AdjustmentGroup {
    /** Contractual obligation: the provider writes it off. */
    CO,
    /** Patient responsibility: billed to the patient. */
    PR,
    /** Other adjustment. */
    OA,
    /** Payer-initiated reduction. */
    PI,
    /** Correction or reversal. */
    CR;

    /** The group of a code, or empty when the code is not one of ours. */
    public static Optional<AdjustmentGroup> fromCode(String code) {
        for (AdjustmentGroup g : values()) {
            if (g.name().equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
