package io.openrcm.platform.eventing.consumer;

import io.openrcm.platform.eventing.EventingConfig;
import java.time.Duration;

/** Consumer settings for the fault tests: small batches and short backoffs, so a test takes seconds. */
record TestConsumerConfig(int maxPollRecords, int maxAttempts, Duration commitInterval)
        implements EventingConfig.ConsumerConfig {

    /** With the production default commit interval. */
    TestConsumerConfig(int maxPollRecords, int maxAttempts) {
        this(maxPollRecords, maxAttempts, Duration.ofMillis(500));
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public Duration initialBackoff() {
        return Duration.ofMillis(20);
    }

    @Override
    public Duration maxBackoff() {
        return Duration.ofMillis(100);
    }

    @Override
    public Duration batchTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public Duration inboxRetention() {
        return Duration.ofDays(1);
    }
}
