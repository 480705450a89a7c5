package io.openrcm.platform.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The signal's waits: after a wake-up the linger, not the idle wait; without one the idle wait; wake-ups during a
 * linger served by that round. Waits are asserted as lower bounds, and as upper bounds only with seconds of margin, so
 * a busy machine cannot fail them.
 */
class WakeUpSignalTest {

    private static long millis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    @Test
    void aWakeUpStartsTheRoundAfterTheLinger() throws Exception {
        WakeUpSignal signal = new WakeUpSignal();
        signal.wake();

        long start = System.nanoTime();
        boolean woken = signal.await(Duration.ofSeconds(10), Duration.ofMillis(300));

        assertThat(woken).isTrue();
        assertThat(millis(start)).isGreaterThanOrEqualTo(300).isLessThan(5_000);
    }

    @Test
    void withoutAWakeUpTheRoundStartsAtTheIdleWaitWithoutLinger() throws Exception {
        WakeUpSignal signal = new WakeUpSignal();

        long start = System.nanoTime();
        boolean woken = signal.await(Duration.ofMillis(200), Duration.ofSeconds(10));

        assertThat(woken).isFalse();
        assertThat(millis(start)).isGreaterThanOrEqualTo(200).isLessThan(5_000);
    }

    @Test
    void aWakeUpFromAnotherThreadEndsTheIdleWait() throws Exception {
        WakeUpSignal signal = new WakeUpSignal();
        Thread waker = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            signal.wake();
        });

        long start = System.nanoTime();
        waker.start();
        boolean woken = signal.await(Duration.ofSeconds(20), Duration.ZERO);
        waker.join();

        assertThat(woken).isTrue();
        assertThat(millis(start)).isLessThan(10_000);
    }

    @Test
    void wakeUpsBeforeAndDuringTheLingerMakeOneRound() throws Exception {
        WakeUpSignal signal = new WakeUpSignal();
        for (int i = 0; i < 5; i++) {
            signal.wake();
        }
        // These land within the first wait's second of linger.
        Thread waker = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                signal.wake();
            }
        });
        waker.start();
        assertThat(signal.await(Duration.ofSeconds(3), Duration.ofSeconds(1))).isTrue();
        waker.join();

        // Nothing is left over: the next wait is a full idle wait, not a second round.
        long start = System.nanoTime();
        assertThat(signal.await(Duration.ofMillis(1_500), Duration.ofSeconds(10))).isFalse();
        assertThat(millis(start)).isGreaterThanOrEqualTo(1_500);
    }
}
