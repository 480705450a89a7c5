package io.openrcm.code.domain;

import java.util.List;
import java.util.Objects;

/**
 * One billed service of an encounter.
 *
 * @param lineNumber 1-based position
 * @param code the CPT or HCPCS Level II procedure code
 * @param modifiers up to four two-character modifiers, in the order given (pricing modifiers first)
 * @param units how many units were provided
 * @param diagnosisPointers 1-based sequences of the diagnoses this service treats, most relevant first
 * @param codedBy who assigned the code
 */
public record ServiceLine(int lineNumber, CodeRef code, List<String> modifiers, int units,
        List<Integer> diagnosisPointers, CodedBy codedBy) {

    public ServiceLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codedBy, "codedBy");
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }
}
