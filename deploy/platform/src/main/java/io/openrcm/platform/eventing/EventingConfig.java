package io.openrcm.platform.eventing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the event plumbing, under {@code rcm.eventing}. */
@ConfigMapping(prefix = "rcm.eventing")
public interface EventingConfig {

    /** The CloudEvents source of this service's events, such as {@code /claim-service}. */
    String source();

    /** Topics this service produces; created at start-up with their dead-letter topics' consumers in mind. */
    Optional<List<String>> produces();

    /** Topic creation at start-up. */
    TopicsConfig topics();

    /** The outbox relay. */
    OutboxConfig outbox();

    /** The consumers. */
    ConsumerConfig consumer();

    /** Topic creation at start-up. */
    interface TopicsConfig {
        /** Create missing topics at start-up (turn off where an operator manages topics). */
        @WithDefault("true")
        boolean create();

        /** Partitions of a created topic. */
        @WithDefault("6")
        int partitions();

        /** Replication factor of a created topic; -1 takes the broker's default. */
        @WithDefault("-1")
        short replicationFactor();
    }

    /** The outbox relay. */
    interface OutboxConfig {
        @WithDefault("true")
        boolean enabled();

        /** Rows published per transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay sleeps when the outbox is empty; a commit that adds events wakes it at once. */
        @WithDefault("PT0.5S")
        Duration idlePoll();

        /**
         * How long the relay waits after a commit woke it before it takes the rows: the commits that follow within
         * this time go out in the same round (one lock, select, send and mark for all of them) instead of a round
         * each. Adds at most this much to an event's latency; 0 takes a round at every wake-up.
         */
        @WithDefault("PT0.005S")
        Duration linger();

        /**
         * How long published rows are kept (marked sent) before the janitor purges them. 0, the default, deletes a
         * row as soon as Kafka acknowledged it: the event lives on in its topic, and keeping the row costs a rewrite
         * of it (payload included) per event.
         */
        @WithDefault("PT0S")
        Duration retention();
    }

    /** The consumers. */
    interface ConsumerConfig {
        @WithDefault("true")
        boolean enabled();

        /** Consumer threads per handler; at most the partition count is useful. */
        @WithDefault("1")
        int threads();

        /** Records per batch, and so per database transaction. */
        @WithDefault("500")
        int maxPollRecords();

        /** First delay before a batch that failed transiently is retried; doubles up to max-backoff. */
        @WithDefault("PT0.1S")
        Duration initialBackoff();

        @WithDefault("PT5S")
        Duration maxBackoff();

        /**
         * Attempts at a failing batch before it is taken apart record by record and the record that still fails is
         * parked (see ParkedEvents). An outage (database or network unreachable) is never counted: it is waited out.
         */
        @WithDefault("10")
        int maxAttempts();

        /**
         * Transaction timeout of one batch. A batch that fails after running this long is halved on its next attempt
         * (down to one record), so a slow batch shrinks until it fits instead of timing out forever.
         */
        @WithDefault("PT60S")
        Duration batchTimeout();

        /**
         * How often the offsets of applied batches are committed to Kafka. Offsets are still committed only after the
         * database commit, and at once when partitions are revoked or the consumer stops; a crash replays at most
         * this much, which the inbox absorbs. Zero commits after every batch (one broker round trip each).
         */
        @WithDefault("PT0.5S")
        Duration commitInterval();

        /**
         * How long an event id is remembered as processed. Keep it well beyond the topics' retention (Kafka's default
         * is 7 days): a replay of older records is then caught only by the natural keys (one claim per encounter,
         * one posting per payment).
         */
        @WithDefault("P30D")
        Duration inboxRetention();
    }
}
