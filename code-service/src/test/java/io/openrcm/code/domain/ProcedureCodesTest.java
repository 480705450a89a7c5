package io.openrcm.code.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureCodesTest {

    @Test
    void classifiesByShape() {
        assertThat(ProcedureCodes.classify("99213")).contains(new CodeRef(CodeSystem.CPT, "99213"));
        assertThat(ProcedureCodes.classify("0001U")).contains(new CodeRef(CodeSystem.CPT, "0001U"));
        assertThat(ProcedureCodes.classify("3074F")).contains(new CodeRef(CodeSystem.CPT, "3074F"));
        assertThat(ProcedureCodes.classify("g0008")).contains(new CodeRef(CodeSystem.HCPCS, "G0008"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9921", "992133", "GG008", "G00080", "E11.9", "9921X"})
    void refusesOtherShapes(String code) {
        assertThat(ProcedureCodes.classify(code)).isEmpty();
    }

    @Test
    void modifiersAreTwoLettersOrDigits() {
        assertThat(ProcedureCodes.normalizeModifier("lt")).contains("LT");
        assertThat(ProcedureCodes.normalizeModifier("25")).contains("25");
        assertThat(ProcedureCodes.normalizeModifier("2")).isEmpty();
        assertThat(ProcedureCodes.normalizeModifier("25X")).isEmpty();
        assertThat(ProcedureCodes.normalizeModifier("-5")).isEmpty();
    }
}
