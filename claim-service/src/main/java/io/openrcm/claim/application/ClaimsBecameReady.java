package io.openrcm.claim.application;

import jakarta.enterprise.event.Event;

/**
 * Fired (as a CDI event) in a transaction that moved claims to READY; once it commits, the submission scheduler sends
 * them after its short linger instead of at its next fixed run.
 */
public record ClaimsBecameReady() {

    private static final ClaimsBecameReady INSTANCE = new ClaimsBecameReady();

    /** Fires the event when the batch moved a claim to READY; observed after the commit (a rollback sends nothing). */
    static void announce(ClaimEventBatch batch, Event<ClaimsBecameReady> event) {
        if (batch.madeReady()) {
            event.fire(INSTANCE);
        }
    }
}
