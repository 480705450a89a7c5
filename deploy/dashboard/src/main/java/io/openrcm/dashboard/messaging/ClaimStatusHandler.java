package io.openrcm.dashboard.messaging;

import io.openrcm.dashboard.application.ClaimStatusProjector;
import io.openrcm.dashboard.config.DashboardConfig;
import io.openrcm.dashboard.domain.ClaimStatusChange;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventHandler;
import io.openrcm.platform.eventing.consumer.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Consumes rcm.claims.claim-status.v1 from its start (a new group reads from the earliest offset) into the
 * dashboard's projection. A change that cannot be read is dead-lettered; the next one is applied.
 */
@ApplicationScoped
public class ClaimStatusHandler implements EventHandler {

    @Inject
    ClaimStatusProjector projector;
    @Inject
    DashboardConfig config;

    @Override
    public String consumerName() {
        return config.consumerGroup();
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CLAIM_STATUS);
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        ClaimStatusChange change;
        try {
            change = ClaimStatusEvents.read(event.envelope().eventId(), event.payload());
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("Unreadable ClaimStatusChanged: " + e.getMessage());
        }
        projector.apply(change, event.payload());
    }
}
