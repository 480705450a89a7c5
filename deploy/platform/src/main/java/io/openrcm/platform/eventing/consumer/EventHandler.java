package io.openrcm.platform.eventing.consumer;

import java.util.Set;

/**
 * A consumer of events, implemented by a service as an {@code @ApplicationScoped} bean; the eventing library polls
 * its topics and calls it once per new event, inside the batch's database transaction, after recording the event id.
 *
 * <p>Throw {@link io.openrcm.platform.eventing.RejectedEventException} for an event that breaks a rule (it is dead-lettered);
 * let infrastructure failures propagate (the batch is retried).
 */
public interface EventHandler {

    /** The consumer name: the Kafka group id and the deduplication namespace, such as {@code claim-service.encounters}. */
    String consumerName();

    /** The topics it reads. */
    Set<String> topics();

    /** Applies one event. Runs inside a transaction shared with the other events of the batch. */
    void handle(IncomingEvent event) throws Exception;
}
