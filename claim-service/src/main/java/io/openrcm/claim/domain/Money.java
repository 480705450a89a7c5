package io.openrcm.claim.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount of US dollars with exactly two decimals; never a double, never silently rounded. */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * The amount, which must have at most two significant decimals ({@code 1.5} and {@code 1.500} are fine,
     * {@code 1.005} is not).
     *
     * @throws IllegalArgumentException when it is null or has more than two decimals
     */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most 2 decimals: " + amount.toPlainString());
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Parses a decimal string such as {@code "160.00"}. */
    public static Money of(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return of(new BigDecimal(amount.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: " + amount, e);
        }
    }

    /** True when the value has at most two significant decimals, so {@link #of(BigDecimal)} accepts it. */
    public static boolean isValidAmount(BigDecimal amount) {
        return amount != null && amount.stripTrailingZeros().scale() <= 2;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a whole number of units: exact, no rounding. */
    public Money times(int units) {
        return new Money(amount.multiply(BigDecimal.valueOf(units)));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The amount with scale 2. */
    public BigDecimal amount() {
        return amount;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The plain decimal form with two decimals, such as {@code 160.00}; the form used in events and responses. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
