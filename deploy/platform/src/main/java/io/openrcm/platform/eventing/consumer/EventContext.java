package io.openrcm.platform.eventing.consumer;

import java.time.Instant;
import java.util.UUID;

/**
 * What a typed handler may need from an event besides its payload.
 *
 * @param eventId the CloudEvents id
 * @param type the event type
 * @param version the payload version
 * @param time when the change happened; null when the producer sent none
 * @param key the Kafka key, the aggregate id
 * @param correlationId the producer's correlation id; null when it sent none
 * @param topic the topic it was read from
 * @param rawPayload the JSON as received, for a consumer that keeps or forwards it verbatim
 */
public record EventContext(UUID eventId, String type, int version, Instant time, String key, String correlationId,
        String topic, String rawPayload) {

    static EventContext of(IncomingEvent event) {
        return new EventContext(event.envelope().eventId(), event.envelope().type(), event.envelope().version(),
                event.envelope().time(), event.key(), event.envelope().correlationId(), event.topic(),
                event.payload());
    }

    /** The correlation id; the event's own id when the producer sent none, so the flow stays traceable. */
    public String correlationIdOrEventId() {
        return correlationId == null || correlationId.isBlank() ? eventId.toString() : correlationId;
    }
}
