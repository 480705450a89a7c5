package io.openrcm.code.persistence;

import io.openrcm.code.domain.edits.EditFinding;
import io.openrcm.code.domain.edits.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of {@code encounter_finding}: a finding of the last run of the coding edits. */
@Embeddable
public class FindingRow {

    @Column(name = "edit_id", nullable = false, length = 40)
    public String editId;
    @Column(name = "severity", nullable = false, length = 10)
    public String severity;
    @Column(name = "message", nullable = false, length = 600)
    public String message;
    @Column(name = "diagnosis_sequence")
    public Integer diagnosisSequence;
    @Column(name = "line_number")
    public Integer lineNumber;

    static FindingRow of(EditFinding f) {
        FindingRow row = new FindingRow();
        row.editId = f.editId();
        row.severity = f.severity().name();
        row.message = f.message().length() > 600 ? f.message().substring(0, 597) + "..." : f.message();
        row.diagnosisSequence = f.diagnosisSequence();
        row.lineNumber = f.lineNumber();
        return row;
    }

    EditFinding toDomain() {
        return new EditFinding(editId, Severity.valueOf(severity), message, diagnosisSequence, lineNumber);
    }
}
