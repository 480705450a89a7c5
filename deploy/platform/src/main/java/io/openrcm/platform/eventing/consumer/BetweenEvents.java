package io.openrcm.platform.eventing.consumer;

/**
 * What a service's persistence does after each event of a consumer batch, before the next one, inside the batch's
 * transaction. A service whose handlers write through an ORM session produces one that writes out and forgets each
 * event's entities: otherwise every flush dirty-checks all entities of the batch so far, and a 500-event batch costs
 * quadratic time. A service that writes with JDBC has none, and nothing is done between events.
 */
@FunctionalInterface
public interface BetweenEvents {

    void afterEvent();
}
