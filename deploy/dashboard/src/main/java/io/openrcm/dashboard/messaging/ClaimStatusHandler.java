package io.openrcm.dashboard.messaging;

import io.openrcm.dashboard.application.ClaimStatusProjector;
import io.openrcm.dashboard.config.DashboardConfig;
import io.openrcm.dashboard.domain.PublishedChange;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEvent;
import io.openrcm.platform.eventing.consumer.TypedEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes rcm.claims.claim-status.v1 from its start (a new group reads from the earliest offset) into the
 * dashboard's projection, a batch at a time. A change that cannot be read is dead-lettered; the next one is applied.
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
        applyAll(List.of(new TypedEvent<>(payload, context)));
    }

    /** The batch in one pass: one insert into the feed, one upsert of the claims' states per round. */
    @Override
    public void applyAll(List<TypedEvent<ClaimStatusChangedV1>> events) throws Exception {
        List<PublishedChange> batch = new ArrayList<>(events.size());
        for (TypedEvent<ClaimStatusChangedV1> event : events) {
            try {
                // The feed is forwarded to the live stream as the producer wrote it, so the raw JSON goes along.
                batch.add(new PublishedChange(event.payload().toChange(event.context().eventId()),
                        event.context().rawPayload()));
            } catch (IllegalArgumentException e) {
                // The platform then applies the batch one event at a time, so only this one is dead-lettered.
                throw new RejectedEventException("Unreadable ClaimStatusChanged: " + e.getMessage(), e);
            }
        }
        projector.applyAll(batch);
    }

    @Override
    public boolean setBased() {
        return true;
    }

    /**
     * The feed's unique event id is the idempotence: a replayed change inserts no feed row and so reaches neither the
     * claims' states nor the live stream. No inbox row per change, then.
     */
    @Override
    public boolean deduplicatesItself() {
        return true;
    }
}
