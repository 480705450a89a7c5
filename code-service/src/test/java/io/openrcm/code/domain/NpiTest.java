package io.openrcm.code.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @Test
    void acceptsNpisWhoseCheckDigitMatchesThe80840PrefixRule() {
        assertThat(Npi.isValid("1234567893")).isTrue();
        assertThat(Npi.isValid("1245319599")).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(Npi.isValid("1234567890")).isFalse();
        assertThat(Npi.isValid("1245319598")).isFalse();
    }

    @Test
    void checkDigitNeedsThePrefix() {
        // Without the 80840 prefix 123456789 would take check digit 7 under plain Luhn; with it, 3.
        assertThat(Npi.luhnValid("1234567897")).isTrue();
        assertThat(Npi.isValid("1234567897")).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "123456789", "12345678930", "123456789X", " 1234567893", "12345-6789"})
    void rejectsAnythingButTenDigits(String value) {
        assertThat(Npi.isValid(value)).isFalse();
    }
}
