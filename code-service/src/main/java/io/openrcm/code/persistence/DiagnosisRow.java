package io.openrcm.code.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of {@code encounter_diagnosis}. */
@Embeddable
public class DiagnosisRow {

    @Column(name = "sequence_number", nullable = false)
    public int sequence;

    @Column(name = "code", length = 7)
    public String code;

    @Column(name = "text", length = 500)
    public String text;

    @Column(name = "coded_by", length = 80)
    public String codedBy;
}
