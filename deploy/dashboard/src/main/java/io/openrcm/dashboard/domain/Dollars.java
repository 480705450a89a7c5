package io.openrcm.dashboard.domain;

import io.openrcm.kernel.Money;
import java.math.BigDecimal;

/**
 * The dashboard's figures are plain {@code BigDecimal}s (sums straight from SQL); this applies the kernel's
 * {@link Money} rules to them and writes them as the events and the API do ("160.00").
 */
public final class Dollars {

    public static final BigDecimal ZERO = Money.ZERO.amount();

    private Dollars() {
    }

    /** The amount with scale 2; refuses a missing amount or one {@link Money#of(BigDecimal)} refuses, naming it. */
    public static BigDecimal of(BigDecimal amount, String name) {
        if (amount == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        try {
            return Money.of(amount).amount();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " " + e.getMessage(), e);
        }
    }

    /** The amount as the events and the API write it; null stays null. */
    public static String text(BigDecimal amount) {
        return amount == null ? null : Money.of(amount).toString();
    }
}
