package io.openrcm.dashboard.messaging;

import io.openrcm.dashboard.application.ClaimStatusProjector;
import io.openrcm.dashboard.config.DashboardConfig;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Consumes rcm.claims.claim-status.v1 from its start (a new group reads from the earliest offset) into the
 * dashboard's projection. A change that cannot be read is dead-lettered; the next one is applied.
 */
@ApplicationScoped
public class ClaimStatusHandler implements TypedEventHandler<ClaimStatusChangedV1> {

    static final String EVENT_TYPE = "ClaimStatusChanged";

    @Inject
    ClaimStatusProjector projector;
    @Inject
    DashboardConfig config;

    @Override
    public String consumerName() {
        return config.consumerGroup();
    }

    @Override
    public String topic() {
        return Topics.CLAIM_STATUS;
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public Class<ClaimStatusChangedV1> payloadClass() {
        return ClaimStatusChangedV1.class;
    }

    @Override
    public void apply(ClaimStatusChangedV1 payload, EventContext context) throws Exception {
        try {
            // The feed is forwarded to the live stream as the producer wrote it, so the raw JSON goes along.
            projector.apply(payload.toChange(context.eventId()), context.rawPayload());
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("Unreadable ClaimStatusChanged: " + e.getMessage(), e);
        }
    }
}
