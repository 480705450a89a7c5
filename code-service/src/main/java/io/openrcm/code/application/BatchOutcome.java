package io.openrcm.code.application;

import io.openrcm.code.domain.Encounter;
import io.openrcm.platform.problem.Problem;

/**
 * What became of one encounter of a batch.
 *
 * @param encounter the new or repeated encounter; null when rejected
 * @param created true when this batch created it
 * @param problem why it was rejected; null when accepted
 */
public record BatchOutcome(Encounter encounter, boolean created, Problem problem) {

    static BatchOutcome of(CodingOutcome outcome) {
        return new BatchOutcome(outcome.encounter(), outcome.created(), null);
    }

    static BatchOutcome rejected(Problem problem) {
        return new BatchOutcome(null, false, problem);
    }
}
