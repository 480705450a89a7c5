package io.openrcm.code.domain.edits;

import java.util.Objects;

/**
 * One finding of the coding edits.
 *
 * @param editId stable id of the edit, such as {@code NCCI-PTP} or {@code DX-SEX-MATERNITY}
 * @param severity error or warning
 * @param message a sentence a coder understands
 * @param diagnosisSequence the diagnosis it concerns (1-based), or null
 * @param lineNumber the service line it concerns (1-based), or null
 */
public record EditFinding(String editId, Severity severity, String message, Integer diagnosisSequence,
        Integer lineNumber) {

    public EditFinding {
        Objects.requireNonNull(editId, "editId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** An error about a diagnosis. */
    public static EditFinding diagnosisError(String editId, int sequence, String message) {
        return new EditFinding(editId, Severity.ERROR, message, sequence, null);
    }

    /** A finding about a service line. */
    public static EditFinding line(String editId, Severity severity, int lineNumber, String message) {
        return new EditFinding(editId, severity, message, null, lineNumber);
    }

    /** Whether it blocks the encounter. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
