package io.openrcm.platform.eventing.outbox;

import io.openrcm.platform.eventing.EventingConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Relay settings for tests that build an {@link OutboxRelay} without Quarkus. */
final class RelayConfigs {

    private RelayConfigs() {
    }

    static EventingConfig of(int batchSize, Duration idlePoll, Duration linger) {
        return of(batchSize, idlePoll, linger, Duration.ZERO);
    }

    static EventingConfig of(int batchSize, Duration idlePoll, Duration linger, Duration retention) {
        EventingConfig.OutboxConfig outbox = new EventingConfig.OutboxConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public Duration idlePoll() {
                return idlePoll;
            }

            @Override
            public Duration linger() {
                return linger;
            }

            @Override
            public Duration retention() {
                return retention;
            }
        };
        return new EventingConfig() {
            @Override
            public String source() {
                return "/test";
            }

            @Override
            public Optional<List<String>> produces() {
                return Optional.empty();
            }

            @Override
            public TopicsConfig topics() {
                return null;
            }

            @Override
            public OutboxConfig outbox() {
                return outbox;
            }

            @Override
            public ConsumerConfig consumer() {
                return null;
            }
        };
    }
}
