package io.openrcm.code.domain;

/** The code systems an encounter is coded in, with the names used in the code set table and in events. */
public enum CodeSystem {
    /** ICD-10-CM diagnosis codes, stored without the dot (E119). */
    ICD10CM("ICD-10-CM"),
    /** CPT (HCPCS Level I) procedure codes: five characters, four digits then a digit, F, T or U. */
    CPT("CPT"),
    /** HCPCS Level II procedure and supply codes: a letter and four digits. */
    HCPCS("HCPCS Level II");

    private final String title;

    CodeSystem(String title) {
        this.title = title;
    }

    /** The name a person reads in a message. */
    public String title() {
        return title;
    }
}
