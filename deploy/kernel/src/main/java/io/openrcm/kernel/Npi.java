package io.openrcm.kernel;

/**
 * National Provider Identifier rules, the one check every service applies: ten digits starting with 1 or 2 (the
 * ranges CMS assigns), whose last one is a Luhn check digit computed over the nine others
 * prefixed with {@code 80840} (the card issuer prefix of US health identifiers).
 */
public final class Npi {

    private static final String PREFIX = "80840";

    private Npi() {
    }

    /** True when the text is a well-formed NPI with a correct check digit. */
    public static boolean isValid(String npi) {
        if (npi == null || npi.length() != 10 || !npi.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (npi.charAt(0) != '1' && npi.charAt(0) != '2') {
            return false;
        }
        return luhnValid(PREFIX + npi);
    }

    /** The check digit that completes the first nine digits of an NPI. */
    public static int checkDigit(String firstNine) {
        if (firstNine == null || firstNine.length() != 9 || !firstNine.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("nine digits expected");
        }
        for (int d = 0; d <= 9; d++) {
            if (luhnValid(PREFIX + firstNine + d)) {
                return d;
            }
        }
        throw new IllegalStateException("no Luhn check digit exists");
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
