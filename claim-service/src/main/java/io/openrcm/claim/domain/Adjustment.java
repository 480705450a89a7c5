package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.util.Objects;

/**
 * One claim adjustment from a remittance: an X12 group code (CO, PR, OA, PI, CR) and a CARC reason code.
 *
 * @param group the claim adjustment group code
 * @param reason the claim adjustment reason code (CARC)
 * @param amount the amount adjusted
 */
public record Adjustment(String group, String reason, Money amount) {

    /** Group code of adjustments that are the patient's responsibility. */
    public static final String PATIENT_RESPONSIBILITY = "PR";

    public Adjustment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
    }

    public boolean isPatientResponsibility() {
        return PATIENT_RESPONSIBILITY.equals(group);
    }

    /** The {@code <group>-<CARC>} form used in reason code lists, such as {@code CO-45}. */
    public String code() {
        return group + "-" + reason;
    }
}
