package io.openrcm.claim.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the claim service, under {@code rcm.claims}. */
@ConfigMapping(prefix = "rcm.claims")
public interface ClaimServiceConfig {

    /** Paging of claim lists. */
    PageConfig page();

    /** Paging of claim lists. */
    interface PageConfig {
        /** Page size when the client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** The largest page a client may ask for. */
        @WithDefault("500")
        int maxSize();
    }
}
