package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One claim adjustment (X12 835 CAS group, reason, amount): part of the charge that was not paid, and why. The amount
 * may be negative (a payer correction gives back an earlier adjustment).
 *
 * @param group who bears the amount
 * @param reason the claim adjustment reason code (CARC), 1 to 5 letters or digits
 * @param amount the adjusted amount
 */
public record Adjustment(AdjustmentGroup group, String reason, Money amount) {

    private static final Pattern CARC = Pattern.compile("[A-Za-z0-9]{1,5}");

    public Adjustment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(amount, "amount");
        if (!isReasonCode(reason)) {
            throw new IllegalArgumentException("reason must be 1-5 letters or digits, got " + reason);
        }
        reason = reason.toUpperCase(Locale.ROOT);
    }

    /** True for a well-formed claim adjustment reason code. */
    public static boolean isReasonCode(String reason) {
        return reason != null && CARC.matcher(reason).matches();
    }

    /** True when the patient owes this amount. */
    public boolean isPatientResponsibility() {
        return group == AdjustmentGroup.PR;
    }
}
