package io.openrcm.dashboard.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** Settings of the dashboard, under {@code rcm.dashboard}. */
@ConfigMapping(prefix = "rcm.dashboard")
public interface DashboardConfig {

    /** Base URL of the code-service (coding queue). */
    String codeServiceUrl();

    /** Base URL of the claim-service (A/R metrics, work queues). */
    String claimServiceUrl();

    /** Base URL of the reimbursement-service (unmatched remittances, underpayments). */
    String reimbursementServiceUrl();

    /**
     * The dashboard back end's own OAuth client (client credentials) toward the other services; without a secret
     * it calls them without a token (tests, whose services are fakes).
     */
    ServiceClient serviceClient();

    /** The dashboard back end's OAuth client. */
    interface ServiceClient {
        /** Its client id at the provider (deploy/keycloak: dashboard-backend). */
        String id();

        /** Its secret (RCM_DASHBOARD_CLIENT_SECRET). */
        Optional<String> secret();

        /** The provider's token endpoint; default: the one its discovery document names. */
        Optional<String> tokenEndpoint();
    }

    /** How long one call to another service may take before its figures show as n/a. */
    Duration remoteTimeout();

    /** How long another service's answer is reused, so a busy page does not multiply calls. */
    Duration remoteCache();

    /** Kafka group and deduplication namespace of the projection; a new name replays the feed from its start. */
    String consumerGroup();

    /** The period whose average daily charges divide the A/R balance (days in A/R). */
    int daysInArPeriod();

    /** The Server-Sent Events stream. */
    Sse sse();

    /** The Server-Sent Events stream. */
    interface Sse {
        /** How often an idle stream gets a comment line, so proxies keep it open and dead readers are noticed. */
        Duration heartbeat();

        /** At most this many missed changes are sent again to a reader that reconnects with Last-Event-ID. */
        int replayLimit();
    }
}
