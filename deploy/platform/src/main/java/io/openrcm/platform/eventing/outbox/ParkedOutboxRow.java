package io.openrcm.platform.eventing.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row the relay parked because the broker refused it for good, as an operator sees it (no payload: it may
 * hold patient data).
 *
 * @param id the outbox row's id
 * @param eventId the event's id
 * @param topic where it was to be published
 * @param eventType the event's type
 * @param aggregateId the aggregate it is about (its Kafka key)
 * @param reason why the broker refused it
 * @param occurredAt when the event happened
 * @param parkedAt when the relay parked it
 * @param discardedAt when an operator discarded it, or null while it waits
 */
public record ParkedOutboxRow(long id, UUID eventId, String topic, String eventType, String aggregateId,
        String reason, Instant occurredAt, Instant parkedAt, Instant discardedAt) {
}
