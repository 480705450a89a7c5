package io.openrcm.platform.eventing.consumer;

import java.util.List;
import java.util.Set;

/**
 * A consumer of one event type, implemented by a service as an {@code @ApplicationScoped} bean in its
 * {@code messaging} package. The platform checks the envelope (type, version), reads the JSON into the payload record
 * and asks it for violations once, for every consumer alike; {@link #apply} sees only a well-formed payload and
 * translates it into the arguments of a use case. Runs like an {@link EventHandler}: inside the batch's transaction,
 * after the event id was recorded.
 *
 * <p>Poison, dead-lettered with the reason: another event type, an unsupported version, a payload that is not JSON of
 * the record's shape, a payload whose {@link ValidatedPayload#violations()} are not empty, and a
 * {@link io.openrcm.platform.eventing.RejectedEventException} thrown from {@link #apply}. Anything else propagates
 * and the batch is retried.
 *
 * @param <P> the payload record: the fields this consumer reads, unknown fields ignored (tolerant reader)
 */
public interface TypedEventHandler<P> {

    /**
     * The consumer name: the Kafka group id and the deduplication namespace, such as
     * {@code claim-service.payment-posted}.
     */
    String consumerName();

    /** The topic it reads. */
    String topic();

    /** The accepted {@code ce_type}, such as {@code EncounterCoded}; any other type on the topic is poison. */
    String eventType();

    /** The accepted {@code ce_eventversion} values (payload major versions); any other version is poison. */
    default Set<Integer> versions() {
        return Set.of(1);
    }

    /** The record the JSON payload is read into. */
    Class<P> payloadClass();

    /** Applies one well-formed event. Runs inside a transaction shared with the other events of the batch. */
    void apply(P payload, EventContext context) throws Exception;

    /**
     * Applies the batch's new, well-formed events in their order, inside the batch's one transaction. By default one
     * {@link #apply} per event; override to apply the batch set-based (one read per table, decide in memory, batched
     * writes). Throw {@link io.openrcm.platform.eventing.RejectedEventException} as from {@link #apply}: the batch is
     * then applied again one event per transaction, so only the bad event is dead-lettered.
     */
    default void applyAll(List<TypedEvent<P>> events) throws Exception {
        for (TypedEvent<P> event : events) {
            apply(event.payload(), event.context());
        }
    }

    /** True when {@link #applyAll} is overridden to apply a batch in one pass (see {@link EventHandler#setBased}). */
    default boolean setBased() {
        return false;
    }

    /** True when a replayed event changes nothing by the handler's own keys (see {@link EventHandler#deduplicatesItself}). */
    default boolean deduplicatesItself() {
        return false;
    }
}
