package io.openrcm.code.domain;

/**
 * One diagnosis of an encounter, in the order the EHR listed them; service lines point at it by its sequence.
 *
 * @param sequence 1-based position; 1 is the principal diagnosis
 * @param code ICD-10-CM code without the dot; null while it waits to be coded from its text
 * @param text the clinician's words when the diagnosis arrived as text; null when it arrived coded
 * @param codedBy who assigned the code; null while uncoded
 */
public record Diagnosis(int sequence, String code, String text, CodedBy codedBy) {

    public Diagnosis {
        if (code == null && text == null) {
            throw new IllegalArgumentException("A diagnosis needs a code or a text");
        }
        if (code != null && codedBy == null) {
            throw new IllegalArgumentException("A coded diagnosis says who coded it");
        }
    }

    /** A diagnosis as the EHR coded it. */
    public Diagnosis(int sequence, String code, CodedBy codedBy) {
        this(sequence, code, null, codedBy);
    }

    /** Whether it has its code. */
    public boolean coded() {
        return code != null;
    }

    /** The code as a reference into the ICD-10-CM code set; null while uncoded. */
    public CodeRef codeRef() {
        return code == null ? null : new CodeRef(CodeSystem.ICD10CM, code);
    }

    /** The same diagnosis with a code assigned. */
    public Diagnosis withCode(String newCode, CodedBy by) {
        return new Diagnosis(sequence, newCode, text, by);
    }
}
