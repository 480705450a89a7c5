package io.openrcm.code.domain;

import java.util.Map;
import java.util.Set;

/**
 * Life cycle of an encounter: CODED (emitted), NEEDS_REVIEW (edit errors or text to code; waits in the coder queue),
 * IN_REVIEW (a coder claimed it). Finalizing moves it to CODED; releasing puts it back in the queue.
 */
public enum EncounterStatus {
    CODED, NEEDS_REVIEW, IN_REVIEW;

    private static final Map<EncounterStatus, Set<EncounterStatus>> ALLOWED = Map.of(
            NEEDS_REVIEW, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(CODED, NEEDS_REVIEW, IN_REVIEW),
            CODED, Set.of());

    /** Whether this state may move to the next. */
    public boolean canMoveTo(EncounterStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The next state, or an exception naming the illegal move. */
    public EncounterStatus moveTo(EncounterStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("An encounter in status " + this + " cannot move to " + next);
        }
        return next;
    }
}
