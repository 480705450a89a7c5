package io.openrcm.code.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Grouping of single {@code POST /encounters} into short micro-batches ({@code rcm.encounters.micro-batch.*}). */
@ConfigMapping(prefix = "rcm.encounters.micro-batch")
public interface MicroBatchConfig {

    /** At most this many requests share one transaction; 0 turns grouping off (one transaction per request). */
    @WithDefault("50")
    int maxSize();

    /** How long the first request of a group waits for others; 0 turns grouping off. */
    @WithDefault("2ms")
    Duration maxWait();
}
