package io.openrcm.code.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of computer-assisted coding ({@code rcm.coding.*}). */
@ConfigMapping(prefix = "rcm.coding")
public interface CodingConfig {

    /** A suggestion at or above this confidence (0..1) is applied automatically and marked AUTO. */
    @WithDefault("0.9")
    double autoApplyConfidence();

    /** How many ranked suggestions are kept for a diagnosis or line that arrived as text. */
    @WithDefault("5")
    int suggestions();
}
