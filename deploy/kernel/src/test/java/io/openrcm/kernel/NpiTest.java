package io.openrcm.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1679576722", "1003000126"})
    void acceptsNpisWhoseCheckDigitMatchesThe80840PrefixRule(String npi) {
        assertThat(Npi.isValid(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "1245319598"})
    void rejectsAWrongCheckDigit(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @Test
    void checkDigitNeedsThePrefix() {
        // Without the 80840 prefix 123456789 would take check digit 7 under plain Luhn; with it, 3.
        assertThat(Npi.luhnValid("1234567897")).isTrue();
        assertThat(Npi.isValid("1234567897")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"023456789", "323456789", "923456789"})
    void refusesAFirstDigitOtherThanOneOrTwo(String firstNine) {
        // The check digit is right, but CMS assigns NPIs only from 1xxxxxxxxx and 2xxxxxxxxx.
        String npi = firstNine + Npi.checkDigit(firstNine);
        assertThat(Npi.luhnValid("80840" + npi)).isTrue();
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "123456789", "12345678930", "12345678933", "123456789X", " 1234567893",
        "12345-6789"})
    void rejectsAnythingButTenDigits(String value) {
        assertThat(Npi.isValid(value)).isFalse();
    }

    @Test
    void computesTheCheckDigitOverThePrefixedDigits() {
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
        assertThat(Npi.checkDigit("124531959")).isEqualTo(9);
        assertThatThrownBy(() -> Npi.checkDigit("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithTheLuhnCheckOverThePrefixedTextForEveryCheckDigit() {
        // isValid sums the prefix's digits once, ahead of time; every candidate must still get the plain rule's answer.
        Random random = new Random(14);
        for (int n = 0; n < 2_000; n++) {
            String firstNine = (1 + random.nextInt(2)) + String.format("%08d", random.nextInt(100_000_000));
            for (int d = 0; d <= 9; d++) {
                String npi = firstNine + d;
                assertThat(Npi.isValid(npi)).as(npi).isEqualTo(Npi.luhnValid("80840" + npi));
            }
        }
    }
}
