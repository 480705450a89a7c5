package io.openrcm.code.domain;

import java.util.List;

/**
 * One billed service of an encounter.
 *
 * @param lineNumber 1-based position
 * @param code the CPT or HCPCS Level II procedure code; null while it waits to be coded from its text
 * @param text the clinician's words when the service arrived as text
 * @param modifiers up to four two-character modifiers, in the order given (pricing modifiers first)
 * @param units how many units were provided
 * @param diagnosisPointers 1-based sequences of the diagnoses this service treats, most relevant first
 * @param codedBy who assigned the code; null while uncoded
 */
public record ServiceLine(int lineNumber, CodeRef code, String text, List<String> modifiers, int units,
        List<Integer> diagnosisPointers, CodedBy codedBy) {

    public ServiceLine {
        if (code == null && text == null) {
            throw new IllegalArgumentException("A service line needs a code or a text");
        }
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }

    /** A line as the EHR coded it. */
    public ServiceLine(int lineNumber, CodeRef code, List<String> modifiers, int units, List<Integer> diagnosisPointers,
            CodedBy codedBy) {
        this(lineNumber, code, null, modifiers, units, diagnosisPointers, codedBy);
    }

    /** Whether it has its code. */
    public boolean coded() {
        return code != null;
    }

    /** The same line with a code assigned. */
    public ServiceLine withCode(CodeRef newCode, CodedBy by) {
        return new ServiceLine(lineNumber, newCode, text, modifiers, units, diagnosisPointers, by);
    }
}
