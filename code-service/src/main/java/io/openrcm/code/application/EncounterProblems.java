package io.openrcm.code.application;

import io.openrcm.code.domain.CodingViolation;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import java.util.List;

/** The problems the coding use cases answer with, so single and batch requests answer alike. */
public final class EncounterProblems {

    public static final String UNKNOWN_CODE = "unknown-code";
    public static final String IDEMPOTENCY_CONFLICT = "idempotency-conflict";

    private EncounterProblems() {
    }

    /** 422: codes unknown, retired on the date of service, or not billable. */
    public static ProblemException unknownCodes(List<CodingViolation> violations) {
        return ProblemException.unprocessable(UNKNOWN_CODE, "Unknown or inactive code",
                violations.stream().map(v -> new Violation(v.pointer(), v.message())).toList());
    }

    /** 409: the EHR encounter id was received before with different content. */
    public static ProblemException idempotencyConflict(String ehrEncounterId) {
        return ProblemException.conflict(IDEMPOTENCY_CONFLICT, "Encounter " + ehrEncounterId
                + " was already received with different content; send a new ehrEncounterId for a new encounter");
    }
}
