package io.openrcm.platform.eventing.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.MalformedEventException;
import io.openrcm.platform.eventing.RejectedEventException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TypedEventAdapterTest {

    /** A payload with one required field. */
    record Greeting(String name, Integer count) implements ValidatedPayload {
        @Override
        public List<String> violations() {
            return name == null || name.isBlank() ? List.of("name is missing") : List.of();
        }
    }

    /** Remembers what it was given. */
    static class Recorder implements TypedEventHandler<Greeting> {
        final List<Greeting> payloads = new ArrayList<>();
        final List<EventContext> contexts = new ArrayList<>();

        @Override
        public String consumerName() {
            return "test.greetings";
        }

        @Override
        public String topic() {
            return "rcm.test.greeted.v1";
        }

        @Override
        public String eventType() {
            return "Greeted";
        }

        @Override
        public Set<Integer> versions() {
            return Set.of(1, 2);
        }

        @Override
        public Class<Greeting> payloadClass() {
            return Greeting.class;
        }

        @Override
        public void apply(Greeting payload, EventContext context) {
            payloads.add(payload);
            contexts.add(context);
        }
    }

    private final Recorder recorder = new Recorder();
    private final EventHandler adapter = EventHandlers.adapt(recorder, new ObjectMapper());

    @Test
    void readsTheDeclaredTopicAndName() {
        assertThat(adapter.consumerName()).isEqualTo("test.greetings");
        assertThat(adapter.topics()).containsExactly("rcm.test.greeted.v1");
    }

    @Test
    void appliesAWellFormedEventIgnoringUnknownFields() throws Exception {
        IncomingEvent event = event("Greeted", 2, "corr-1", "{\"name\":\"Ada\",\"count\":3,\"addedLater\":{\"x\":1}}");

        adapter.handle(event);

        assertThat(recorder.payloads).containsExactly(new Greeting("Ada", 3));
        EventContext context = recorder.contexts.get(0);
        assertThat(context.eventId()).isEqualTo(event.envelope().eventId());
        assertThat(context.correlationId()).isEqualTo("corr-1");
        assertThat(context.key()).isEqualTo("key-1");
        assertThat(context.version()).isEqualTo(2);
        assertThat(context.rawPayload()).isEqualTo(event.payload());
    }

    @Test
    void fallsBackToTheEventIdWhenThereIsNoCorrelationId() throws Exception {
        IncomingEvent event = event("Greeted", 1, null, "{\"name\":\"Ada\"}");

        adapter.handle(event);

        assertThat(recorder.contexts.get(0).correlationIdOrEventId()).isEqualTo(event.envelope().eventId().toString());
    }

    @Test
    void refusesAnotherEventType() {
        assertThatThrownBy(() -> adapter.handle(event("Waved", 1, null, "{\"name\":\"Ada\"}")))
                .isInstanceOf(RejectedEventException.class)
                .hasMessage("expected a Greeted event on rcm.test.greeted.v1, got Waved");
        assertThat(recorder.payloads).isEmpty();
    }

    @Test
    void refusesAnUnsupportedVersion() {
        assertThatThrownBy(() -> adapter.handle(event("Greeted", 3, null, "{\"name\":\"Ada\"}")))
                .isInstanceOf(RejectedEventException.class)
                .hasMessage("Greeted version 3 is not supported by test.greetings (supported: [1, 2])");
        assertThat(recorder.payloads).isEmpty();
    }

    @Test
    void refusesMalformedJsonAsPoison() {
        assertThatThrownBy(() -> adapter.handle(event("Greeted", 1, null, "{\"name\":")))
                .isInstanceOf(JacksonException.class)
                .satisfies(e -> assertThat(FailureClassifier.isPoison(e)).isTrue());
        assertThatThrownBy(() -> adapter.handle(event("Greeted", 1, null, "{\"count\":\"many\"}")))
                .isInstanceOf(JacksonException.class)
                .satisfies(e -> assertThat(FailureClassifier.reason(e)).contains("/count").doesNotContain("many"));
    }

    @Test
    void refusesAnEmptyOrNullPayload() {
        assertThatThrownBy(() -> adapter.handle(event("Greeted", 1, null, " ")))
                .isInstanceOf(MalformedEventException.class).hasMessage("the event has no payload");
        assertThatThrownBy(() -> adapter.handle(event("Greeted", 1, null, "null")))
                .isInstanceOf(MalformedEventException.class).hasMessage("the payload is JSON null");
    }

    @Test
    void refusesAPayloadMissingARequiredFieldNamingTheField() {
        IncomingEvent event = event("Greeted", 1, null, "{\"count\":1}");

        assertThatThrownBy(() -> adapter.handle(event)).isInstanceOf(RejectedEventException.class)
                .hasMessage("Greeted " + event.envelope().eventId() + " is unusable: name is missing");
        assertThat(recorder.payloads).isEmpty();
    }

    @Test
    void aSetBasedHandlerGetsTheWholeBatchInOneCallInOrder() throws Exception {
        List<List<String>> calls = new ArrayList<>();
        Recorder setBased = new Recorder() {
            @Override
            public void applyAll(List<TypedEvent<Greeting>> events) {
                calls.add(events.stream().map(e -> e.payload().name() + "@" + e.context().eventId()).toList());
            }

            @Override
            public boolean setBased() {
                return true;
            }

            @Override
            public boolean deduplicatesItself() {
                return true;
            }
        };
        EventHandler batchAdapter = EventHandlers.adapt(setBased, new ObjectMapper());
        IncomingEvent ada = event("Greeted", 1, null, "{\"name\":\"Ada\"}");
        IncomingEvent bob = event("Greeted", 2, null, "{\"name\":\"Bob\"}");

        batchAdapter.handleAll(List.of(ada, bob));

        assertThat(batchAdapter.setBased()).isTrue();
        assertThat(adapter.setBased()).isFalse();
        assertThat(batchAdapter.deduplicatesItself()).as("said by the handler, kept by the adapter").isTrue();
        assertThat(adapter.deduplicatesItself()).isFalse();
        assertThat(calls).containsExactly(List.of("Ada@" + ada.envelope().eventId(), "Bob@" + bob.envelope().eventId()));
    }

    @Test
    void aPoisonEventInABatchRefusesTheBatchBeforeAnythingIsApplied() {
        IncomingEvent good = event("Greeted", 1, null, "{\"name\":\"Ada\"}");
        IncomingEvent bad = event("Greeted", 1, null, "{\"count\":1}");

        assertThatThrownBy(() -> adapter.handleAll(List.of(good, bad))).isInstanceOf(RejectedEventException.class);
        assertThat(recorder.payloads).isEmpty();
    }

    @Test
    void theDefaultBatchAppliesEachEventInOrder() throws Exception {
        adapter.handleAll(List.of(event("Greeted", 1, null, "{\"name\":\"Ada\"}"),
                event("Greeted", 1, null, "{\"name\":\"Bob\"}")));

        assertThat(recorder.payloads).extracting(Greeting::name).containsExactly("Ada", "Bob");
    }

    private static IncomingEvent event(String type, int version, String correlationId, String payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, version, "/test", Instant.now(), "key-1",
                correlationId);
        return new IncomingEvent(envelope, "key-1", payload, "rcm.test.greeted.v1", 0, 42L);
    }
}
