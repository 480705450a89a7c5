package io.openrcm.code.application;

import io.openrcm.code.domain.EncounterContent;
import io.openrcm.platform.problem.Problem;

/**
 * One encounter of a batch as the API layer hands it over: valid content with its correlation id, or the problem
 * that already rejected it.
 *
 * @param content the validated content; null when rejected
 * @param correlationId the correlation id a new encounter gets
 * @param rejection why the API layer refused it; null when valid
 */
public record BatchItem(EncounterContent content, String correlationId, Problem rejection) {

    /** A structurally valid item. */
    public static BatchItem valid(EncounterContent content, String correlationId) {
        return new BatchItem(content, correlationId, null);
    }

    /** An item the API layer refused. */
    public static BatchItem rejected(Problem problem) {
        return new BatchItem(null, null, problem);
    }
}
