package io.openrcm.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An amount of US dollars with exactly two decimals, the one money type of every service: never a double, never
 * rounded silently. Negative amounts are allowed (a reversal, a takeback, an overpayment's credit); what may be
 * negative where is a rule of the aggregate that holds the amount, not of the amount.
 */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    /** The largest magnitude a {@code NUMERIC(14,2)} column, the type every service stores amounts in, holds. */
    public static final BigDecimal LIMIT = new BigDecimal("999999999999.99");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * The amount as given, which may have at most two decimals ({@code 100}, {@code 100.5} and {@code 100.500} are
     * fine; {@code 100.505} is refused rather than rounded) and at most {@link #LIMIT} in magnitude.
     *
     * @throws IllegalArgumentException with a sentence for the client (it never echoes more than the value) when the
     *     value is not a usable amount
     */
    public static Money of(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        if (value.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("must be at most " + LIMIT.toPlainString() + " in magnitude");
        }
        if (!hasAtMostTwoDecimals(value)) {
            // toString, not toPlainString: the plain form of 1E-999999999 is a billion characters.
            throw new IllegalArgumentException("must have at most 2 decimals, got " + value);
        }
        return new Money(value.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Parses decimal text such as {@code "160.00"}; see {@link #of(BigDecimal)} for what is refused. */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a decimal number, got \"" + text + "\"");
        }
        return of(value);
    }

    /** True when {@link #of(BigDecimal)} accepts the value. */
    public static boolean isValidAmount(BigDecimal value) {
        return value != null && value.abs().compareTo(LIMIT) <= 0 && hasAtMostTwoDecimals(value);
    }

    /** The sum of the amounts; zero for none. */
    public static Money sum(Collection<Money> amounts) {
        BigDecimal total = ZERO.amount;
        for (Money m : amounts) {
            total = total.add(m.amount);
        }
        return new Money(total);
    }

    private static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 2;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /** This amount times a whole number of units: exact, no rounding. */
    public Money times(int units) {
        return new Money(amount.multiply(BigDecimal.valueOf(units)));
    }

    /** This amount times a quantity, rounded half-up to the cent (a per-unit rate times fractional units). */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
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

    /** The amount, always with scale 2. */
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

    /** Plain text with two decimals, such as {@code 160.00}: the form used in events and responses. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
