package io.openrcm.platform.eventing.consumer;

import java.time.Instant;

/**
 * How often and since when a batch has failed: what a parked record carries.
 *
 * @param attempts failed attempts so far
 * @param firstFailure when the first one failed
 * @param lastFailure when the latest one failed
 */
public record FailureHistory(int attempts, Instant firstFailure, Instant lastFailure) {

    /** No failure yet. */
    static FailureHistory none() {
        return new FailureHistory(0, null, null);
    }

    /** One more failed attempt, now. */
    FailureHistory failedAgain(Instant now, boolean counted) {
        return new FailureHistory(counted ? attempts + 1 : attempts, firstFailure == null ? now : firstFailure, now);
    }
}
