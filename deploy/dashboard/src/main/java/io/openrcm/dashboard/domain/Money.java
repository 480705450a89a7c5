package io.openrcm.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Dollar amounts: BigDecimal with two decimals, written as plain strings ("160.00"). */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /** The amount with scale 2; refuses a missing amount or one with fractions of a cent. */
    public static BigDecimal of(BigDecimal amount, String name) {
        if (amount == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " has fractions of a cent: " + amount.toPlainString());
        }
    }

    /** The amount as the events and the API write it; null stays null. */
    public static String text(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
