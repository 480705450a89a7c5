package io.openrcm.platform.eventing.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.MalformedEventException;
import io.openrcm.platform.eventing.RejectedEventException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a {@link TypedEventHandler} as an {@link EventHandler}: the envelope checks, the JSON reading and the payload
 * validation every consumer needs, written once.
 */
final class TypedEventAdapter<P> implements EventHandler {

    private final TypedEventHandler<P> handler;
    private final ObjectReader reader;

    TypedEventAdapter(TypedEventHandler<P> handler, ObjectMapper mapper) {
        this.handler = handler;
        // Tolerant reader whatever the service's mapper says: producers may add fields freely.
        this.reader = mapper.readerFor(handler.payloadClass())
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public String consumerName() {
        return handler.consumerName();
    }

    @Override
    public Set<String> topics() {
        return Set.of(handler.topic());
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        handler.apply(read(event), EventContext.of(event));
    }

    @Override
    public boolean setBased() {
        return handler.setBased();
    }

    @Override
    public boolean deduplicatesItself() {
        return handler.deduplicatesItself();
    }

    @Override
    public void handleAll(List<IncomingEvent> events) throws Exception {
        List<TypedEvent<P>> typed = new ArrayList<>(events.size());
        for (IncomingEvent event : events) {
            typed.add(new TypedEvent<>(read(event), EventContext.of(event)));
        }
        handler.applyAll(typed);
    }

    /** The envelope checked and the payload read and validated; poison throws. */
    private P read(IncomingEvent event) throws Exception {
        EventEnvelope envelope = event.envelope();
        if (!handler.eventType().equals(envelope.type())) {
            throw new RejectedEventException("expected a " + handler.eventType() + " event on " + event.topic()
                    + ", got " + envelope.type());
        }
        if (!handler.versions().contains(envelope.version())) {
            throw new RejectedEventException(handler.eventType() + " version " + envelope.version()
                    + " is not supported by " + handler.consumerName() + " (supported: "
                    + new TreeSet<>(handler.versions()) + ")");
        }
        if (event.payload() == null || event.payload().isBlank()) {
            throw new MalformedEventException("the event has no payload");
        }
        P payload = reader.readValue(event.payload());
        if (payload == null) {
            throw new MalformedEventException("the payload is JSON null");
        }
        if (payload instanceof ValidatedPayload validated) {
            List<String> violations = validated.violations();
            if (!violations.isEmpty()) {
                throw new RejectedEventException(handler.eventType() + " " + envelope.eventId() + " is unusable: "
                        + String.join("; ", violations));
            }
        }
        return payload;
    }
}
