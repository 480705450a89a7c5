package io.openrcm.code.domain;

/**
 * National Provider Identifier rules: ten digits whose last is a Luhn check digit computed, as CMS specifies, over
 * the number prefixed with the issuer identifier 80840 (ISO 7812 card issuer prefix for US health).
 */
public final class Npi {

    private static final String ISSUER_PREFIX = "80840";

    private Npi() {
    }

    /** Whether the value is exactly ten digits with a valid check digit. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return luhnValid(ISSUER_PREFIX + value);
    }

    /** The standard Luhn check over a digit string whose last digit is the check digit. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
