package io.openrcm.platform.eventing.consumer;

import java.util.List;
import java.util.Set;

/**
 * A consumer of events, implemented by a service as an {@code @ApplicationScoped} bean; the eventing library polls
 * its topics and calls it once per new event, inside the batch's database transaction, after recording the event id
 * (unless the handler {@linkplain #deduplicatesItself() deduplicates by itself}).
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

    /**
     * Applies the batch's new events (each recorded in the inbox already, duplicates left out), in their order, inside
     * the batch's one transaction. By default one {@link #handle} per event; a set-based handler reads what the batch
     * needs once, decides in memory and writes in batches. When it throws a poison failure the batch is applied again
     * one event per transaction, so one bad event never holds back the others.
     */
    default void handleAll(List<IncomingEvent> events) throws Exception {
        // Per event unless the handler says it is set-based (the processor then flushes between events itself).
        for (IncomingEvent event : events) {
            handle(event);
        }
    }

    /**
     * True when {@link #handleAll} applies a batch in one pass; the processor then calls it once per batch. False (the
     * default): the processor calls {@link #handle} per event and writes out each event's entities before the next.
     */
    default boolean setBased() {
        return false;
    }

    /**
     * True when the handler's own writes are keyed by the event id, so that applying an event a second time changes
     * nothing by itself (the dashboard's feed: {@code UNIQUE (event_id)}, {@code ON CONFLICT DO NOTHING}, and only the
     * rows it inserted go further). The processor then records no inbox row for it, one row and one index entry less
     * per event; an event id twice in one batch still reaches the handler once (and is all that
     * {@code rcm.consumer.duplicates} counts for it). False (the default): the inbox
     * decides what is new.
     */
    default boolean deduplicatesItself() {
        return false;
    }
}
