package io.openrcm.platform.eventing.consumer;

import io.openrcm.platform.eventing.EventEnvelope;

/**
 * One event as a handler sees it: its envelope, the raw JSON payload and where it came from.
 *
 * @param envelope the CloudEvents attributes from the headers
 * @param key the Kafka key, the aggregate id
 * @param payload the JSON payload; the handler reads only the fields it needs
 * @param topic the topic it was read from
 * @param partition the partition
 * @param offset the offset
 */
public record IncomingEvent(EventEnvelope envelope, String key, String payload, String topic, int partition,
        long offset) {
}
