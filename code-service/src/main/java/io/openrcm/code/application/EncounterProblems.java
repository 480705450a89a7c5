package io.openrcm.code.application;

import io.openrcm.code.domain.edits.EditFinding;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import java.util.List;

/** The problems the coding use cases answer with, so single, batch and queue requests answer alike. */
public final class EncounterProblems {

    public static final String EDIT_ERRORS = "coding-edit-errors";
    public static final String IDEMPOTENCY_CONFLICT = "idempotency-conflict";
    public static final String NOT_CLAIMED = "not-claimed";

    private EncounterProblems() {
    }

    /** 422: the chosen codes still break coding edits; each error with the diagnosis or line it concerns. */
    public static ProblemException editErrors(List<EditFinding> findings) {
        return ProblemException.unprocessable(EDIT_ERRORS, "The codes break coding edits",
                findings.stream().filter(EditFinding::isError).map(f -> new Violation(pointer(f),
                        f.editId() + ": " + f.message())).toList());
    }

    private static String pointer(EditFinding f) {
        if (f.diagnosisSequence() != null) {
            return "/diagnoses/" + (f.diagnosisSequence() - 1);
        }
        return f.lineNumber() != null ? "/serviceLines/" + (f.lineNumber() - 1) : "";
    }

    /** 409: the EHR encounter id was received before with different content. */
    public static ProblemException idempotencyConflict(String ehrEncounterId) {
        return ProblemException.conflict(IDEMPOTENCY_CONFLICT, "Encounter " + ehrEncounterId
                + " was already received with different content; send a new ehrEncounterId for a new encounter");
    }

    /** 409: the encounter is not in a state (or not held by the coder) that allows the request. */
    public static ProblemException notClaimable(String detail) {
        return ProblemException.conflict(NOT_CLAIMED, detail);
    }
}
