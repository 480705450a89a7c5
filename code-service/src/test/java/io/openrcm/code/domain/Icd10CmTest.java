package io.openrcm.code.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10CmTest {

    @ParameterizedTest
    @CsvSource({
        "E11.9, E119",
        "E119, E119",
        "e11.9, E119",
        "' I10 ', I10",
        "I10, I10",
        "Z00.00, Z0000",
        "J45.909, J45909",
        "S72.001A, S72001A",
        "U07.1, U071",
        "F32.A, F32A"
    })
    void storesCodesWithoutTheDot(String input, String stored) {
        assertThat(Icd10Cm.normalize(input)).contains(stored);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "E11.", "E.119", "E1.19", "119", "E1", "EE119", "E11.99999", "S72001AB", "E11-9",
        "E11..9"})
    void refusesWhatIsNotShapedLikeAnIcd10CmCode(String input) {
        assertThat(Icd10Cm.normalize(input)).isEmpty();
    }
}
