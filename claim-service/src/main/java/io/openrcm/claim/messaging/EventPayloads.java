package io.openrcm.claim.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.platform.eventing.MalformedEventException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.consumer.IncomingEvent;

/** Reads an incoming event's payload into the record a handler needs, refusing what is not that event. */
final class EventPayloads {

    private EventPayloads() {
    }

    /**
     * The payload as the given type.
     *
     * @throws RejectedEventException when the event is of another type
     * @throws MalformedEventException when the payload is empty or JSON null
     * @throws JsonProcessingException when the payload is not JSON of that shape (dead-lettered as poison)
     */
    static <T> T read(ObjectMapper mapper, IncomingEvent event, String expectedType, Class<T> type)
            throws JsonProcessingException {
        if (!expectedType.equals(event.envelope().type())) {
            throw new RejectedEventException("expected a " + expectedType + " event, got " + event.envelope().type());
        }
        if (event.payload() == null || event.payload().isBlank()) {
            throw new MalformedEventException("the event has no payload");
        }
        T payload = mapper.readValue(event.payload(), type);
        if (payload == null) {
            throw new MalformedEventException("the payload is JSON null");
        }
        return payload;
    }

    /** The event's correlation id; its own event id when the producer sent none, so the flow stays traceable. */
    static String correlationId(IncomingEvent event) {
        String correlationId = event.envelope().correlationId();
        return correlationId == null || correlationId.isBlank() ? event.envelope().eventId().toString()
                : correlationId;
    }
}
