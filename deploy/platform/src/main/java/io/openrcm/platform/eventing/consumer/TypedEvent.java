package io.openrcm.platform.eventing.consumer;

/**
 * One well-formed event of a batch as a {@link TypedEventHandler} sees it.
 *
 * @param payload the payload record, validated
 * @param context what else the event carries
 * @param <P> the payload record
 */
public record TypedEvent<P>(P payload, EventContext context) {
}
