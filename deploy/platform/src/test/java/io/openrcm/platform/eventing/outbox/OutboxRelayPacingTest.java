package io.openrcm.platform.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the relay takes its next round: at once after a full batch; after a wake-up, once the linger has passed (so the
 * commits close behind share the round); otherwise at the idle poll. The waits asserted are lower bounds, and upper
 * bounds only with seconds of margin, so a busy machine cannot fail them.
 */
class OutboxRelayPacingTest {

    private static OutboxRelay relay(int batchSize, Duration idlePoll, Duration linger) {
        // Neither the repository nor the producer is touched by the pacing.
        return new OutboxRelay(null, new KafkaClients(Map.of()), RelayConfigs.of(batchSize, idlePoll, linger),
                new SimpleMeterRegistry());
    }

    private static long millisOf(OutboxRelay relay, int sent) throws InterruptedException {
        long start = System.nanoTime();
        relay.awaitNextRound(sent);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    void aWakeUpStartsTheRoundAfterTheLingerNotTheIdlePoll() throws Exception {
        OutboxRelay relay = relay(500, Duration.ofSeconds(10), Duration.ofMillis(300));
        relay.wake();

        long waited = millisOf(relay, 1);

        assertThat(waited).isGreaterThanOrEqualTo(300).isLessThan(5_000);
    }

    @Test
    void wakeUpsDuringTheLingerAreServedByThatRound() throws Exception {
        // The wake-ups below land within the first call's second of linger.
        OutboxRelay relay = relay(500, Duration.ofSeconds(3), Duration.ofSeconds(1));
        relay.wake();
        Thread waker = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                relay.wake();
            }
        });
        waker.start();
        relay.awaitNextRound(1);
        waker.join();

        // No wake-up is left over: the next wait is a full idle poll, not a second (near empty) round after a linger.
        assertThat(millisOf(relay, 0)).isGreaterThanOrEqualTo(3_000);
    }

    @Test
    void afterAFullBatchTheNextRoundIsAtOnce() throws Exception {
        OutboxRelay relay = relay(500, Duration.ofSeconds(10), Duration.ofSeconds(10));

        assertThat(millisOf(relay, 500)).isLessThan(5_000);
    }

    @Test
    void withoutAWakeUpTheRoundIsAtTheIdlePollWithoutLinger() throws Exception {
        OutboxRelay relay = relay(500, Duration.ofMillis(200), Duration.ofSeconds(10));

        assertThat(millisOf(relay, 0)).isGreaterThanOrEqualTo(200).isLessThan(5_000);
    }

    @Test
    void aZeroLingerTakesTheRoundAtTheWakeUp() throws Exception {
        OutboxRelay relay = relay(500, Duration.ofSeconds(10), Duration.ZERO);
        relay.wake();

        assertThat(millisOf(relay, 1)).isLessThan(5_000);
    }
}
