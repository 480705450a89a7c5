package io.openrcm.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The revenue-cycle ratios the dashboard computes itself, from its own projection of the claim-status feed. */
public final class Ratios {

    private Ratios() {
    }

    /** part / whole as a decimal 0..1 with four places ("0.1250"); null when nothing was counted. */
    public static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_EVEN);
    }

    /** part / whole for counts. */
    public static BigDecimal rate(long part, long whole) {
        return rate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /**
     * Days in A/R (HFMA): the A/R balance divided by the average daily gross charges over a recent period. Null when
     * nothing was charged in the period. One decimal place.
     */
    public static BigDecimal daysInAr(BigDecimal arBalance, BigDecimal chargesInPeriod, int periodDays) {
        if (periodDays < 1) {
            throw new IllegalArgumentException("The period needs at least one day, got " + periodDays);
        }
        if (chargesInPeriod == null || chargesInPeriod.signum() <= 0) {
            return null;
        }
        BigDecimal perDay = chargesInPeriod.divide(BigDecimal.valueOf(periodDays), 10, RoundingMode.HALF_EVEN);
        return arBalance.divide(perDay, 1, RoundingMode.HALF_EVEN);
    }
}
