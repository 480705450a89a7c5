package io.openrcm.kernel;

/**
 * National Provider Identifier rules, the one check every service applies: ten digits starting with 1 or 2 (the
 * ranges CMS assigns), whose last one is a Luhn check digit computed over the nine others
 * prefixed with {@code 80840} (the card issuer prefix of US health identifiers).
 */
public final class Npi {

    private static final String PREFIX = "80840";
    /** The prefix's share of the Luhn sum of prefix and NPI: its digits sit at places 10 to 14 from the right. */
    private static final int PREFIX_SUM = prefixSum();

    private Npi() {
    }

    /** True when the text is a well-formed NPI with a correct check digit. */
    public static boolean isValid(String npi) {
        if (npi == null || npi.length() != 10 || (npi.charAt(0) != '1' && npi.charAt(0) != '2')) {
            return false;
        }
        // Checked on every encounter a service receives: one pass over the digits, no stream, no concatenation.
        int sum = PREFIX_SUM;
        for (int i = 9; i >= 0; i--) {
            char c = npi.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += luhnDigit(c - '0', (9 - i) % 2 == 1);
        }
        return sum % 10 == 0;
    }

    /** A digit's share of a Luhn sum, doubled (and reduced) at every second place from the check digit. */
    private static int luhnDigit(int d, boolean doubleIt) {
        if (!doubleIt) {
            return d;
        }
        return d * 2 > 9 ? d * 2 - 9 : d * 2;
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

    private static int prefixSum() {
        int sum = 0;
        for (int i = 0; i < PREFIX.length(); i++) {
            int place = 10 + PREFIX.length() - 1 - i;
            sum += luhnDigit(PREFIX.charAt(i) - '0', place % 2 == 1);
        }
        return sum;
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
