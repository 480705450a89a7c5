package io.openrcm.platform.concurrent;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * When a worker thread's next round starts: soon after any thread asks for one ({@link #wake()}, after a short linger
 * so that the requests right behind the first share the round), or else after an idle wait. Wake-ups that arrive
 * before the round starts make that one round, not one each. The outbox relay and claim-service's submission scheduler
 * pace themselves with it.
 */
public final class WakeUpSignal {

    private final Semaphore asked = new Semaphore(0);

    /** Asks for a round; any thread, any number of times. */
    public void wake() {
        if (asked.availablePermits() == 0) {
            asked.release();
        }
    }

    /**
     * Waits for the next round: until a wake-up and then the linger, or until {@code idle} passes without one,
     * whichever comes first. Wake-ups up to the end of the wait are served by the round that follows it.
     *
     * @return whether a wake-up (rather than the idle wait) started the round
     */
    public boolean await(Duration idle, Duration linger) throws InterruptedException {
        boolean woken = asked.tryAcquire(Math.max(0, idle.toMillis()), TimeUnit.MILLISECONDS);
        long lingerMillis = linger.toMillis();
        if (woken && lingerMillis > 0) {
            Thread.sleep(lingerMillis);
        }
        asked.drainPermits();
        return woken;
    }
}
