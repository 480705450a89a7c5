package io.openrcm.reimbursement.api;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Bounds a quantity (service units) read from a request before any arithmetic touches it: a value such as
 * {@code 1E600000000} is a valid decimal that no column holds and that setScale would turn into millions of digits.
 * Money has its own bound ({@code io.openrcm.kernel.Money}).
 */
public final class Quantities {

    /** At most this many digits before the decimal point (units are stored as NUMERIC(15,3)). */
    public static final int MAX_INTEGER_DIGITS = 9;
    /** At most this many decimals. */
    public static final int MAX_DECIMALS = 3;
    private static final int MAX_TEXT = 32;

    private Quantities() {
    }

    /** The units, or empty when the text is not a number within the bounds. */
    public static Optional<BigDecimal> units(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Optional.empty();
        }
        if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** What a caller is told when {@link #units(String)} is empty. */
    public static String unitsRule() {
        return "must be a number of at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                + MAX_DECIMALS + " after";
    }
}
