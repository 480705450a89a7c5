package io.openrcm.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NpiTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1679576722", "1003000126"})
    void acceptsNpisWithTheirLuhnCheckDigit(String npi) {
        assertThat(Npi.isValid(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "1245319598", "123456789", "12345678933", "123456789X",
        "0234567893", ""})
    void refusesAnythingElse(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(Npi.isValid(null)).isFalse();
    }

    @Test
    void computesTheCheckDigitOverThePrefixedDigits() {
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
        assertThat(Npi.checkDigit("124531959")).isEqualTo(9);
        assertThatThrownBy(() -> Npi.checkDigit("12345")).isInstanceOf(IllegalArgumentException.class);
    }
}
