package io.openrcm.platform.eventing.parking;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One parked record: where it came from, what it was, why it failed, and what is needed to replay it.
 *
 * @param id the row id, what an operator acts on
 * @param consumer the consumer (group) that could not apply it
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset
 * @param key the Kafka key
 * @param eventId the CloudEvents id; null when the header was unreadable
 * @param eventType the CloudEvents type; null when unreadable
 * @param headers the record's headers as text
 * @param payload the record's value
 * @param reason exception class and message of the last failure
 * @param attempts failed attempts
 * @param firstFailure when it first failed
 * @param lastFailure when it last failed
 * @param status PARKED, REPLAYED or DISCARDED
 * @param resolvedAt when it was replayed or discarded
 */
public record ParkedEvent(long id, String consumer, String topic, int partition, long offset, String key,
        UUID eventId, String eventType, Map<String, String> headers, String payload, String reason, int attempts,
        Instant firstFailure, Instant lastFailure, String status, Instant resolvedAt) {

    public static final String PARKED = "PARKED";
    public static final String REPLAYED = "REPLAYED";
    public static final String DISCARDED = "DISCARDED";
}
