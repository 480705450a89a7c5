package io.openrcm.code.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of {@code encounter_diagnosis}. */
@Embeddable
public class DiagnosisRow {

    @Column(name = "sequence_number", nullable = false)
    public int sequence;

    @Column(name = "code", nullable = false, length = 7)
    public String code;

    @Column(name = "coded_by", nullable = false, length = 20)
    public String codedBy;
}
