package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.eventing.consumer.BetweenEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Writes out and forgets each event's entities before the next event of a consumer batch: otherwise every flush
 * dirty-checks all entities of the batch so far, and a 500-event batch costs quadratic time.
 */
@ApplicationScoped
public class SessionBetweenEvents implements BetweenEvents {

    private final EntityManager session;

    @Inject
    public SessionBetweenEvents(EntityManager session) {
        this.session = session;
    }

    @Override
    public void afterEvent() {
        session.flush();
        session.clear();
    }
}
