package io.openrcm.code.domain;

import java.util.Objects;

/**
 * One diagnosis of an encounter, in the order the EHR listed them; service lines point at it by its sequence.
 *
 * @param sequence 1-based position; 1 is the principal diagnosis
 * @param code ICD-10-CM code without the dot
 * @param codedBy who assigned it
 */
public record Diagnosis(int sequence, String code, CodedBy codedBy) {

    public Diagnosis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codedBy, "codedBy");
    }

    /** The code as a reference into the ICD-10-CM code set. */
    public CodeRef codeRef() {
        return new CodeRef(CodeSystem.ICD10CM, code);
    }
}
