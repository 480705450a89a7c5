package io.openrcm.platform.eventing.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records an event in the outbox table, in the caller's transaction: the event exists if and only if the state change
 * that caused it commits. The {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    private final OutboxRepository repository;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;
    private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

    @Inject
    public Outbox(OutboxRepository repository, ObjectMapper mapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, EventingConfig config) {
        this.repository = repository;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = config.source();
    }

    /**
     * Adds one event to the outbox.
     *
     * @param topic the topic it is published to
     * @param aggregateType the kind of aggregate, such as {@code Claim}
     * @param aggregateId the aggregate id: the Kafka key, so one aggregate's events stay in order
     * @param type the event type, such as {@code ClaimSubmitted}
     * @param version the payload's schema version
     * @param payload serialized to JSON
     * @param correlationId the flow this event belongs to; may be null
     * @return the envelope written, with its new event id
     * @throws IllegalStateException when called outside a transaction, which would break the outbox's guarantee
     */
    public EventEnvelope append(String topic, String aggregateType, String aggregateId, String type, int version,
            Object payload, String correlationId) {
        return appendAll(List.of(new NewEvent(topic, aggregateType, aggregateId, type, version, payload,
                correlationId))).get(0);
    }

    /**
     * An event to add with {@link #appendAll}; the fields are those of {@link #append}.
     */
    public record NewEvent(String topic, String aggregateType, String aggregateId, String type, int version,
            Object payload, String correlationId) {
    }

    /**
     * Adds the events to the outbox with one batched insert, in their order (the relay publishes in id order).
     *
     * @return the envelopes written, in the same order
     * @throws IllegalStateException when called outside a transaction, which would break the outbox's guarantee
     */
    public List<EventEnvelope> appendAll(List<NewEvent> events) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("An outbox event must be written inside the transaction of its change");
        }
        List<OutboxRepository.Pending> rows = new ArrayList<>(events.size());
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            String json;
            try {
                json = event.payload() == null ? "null"
                        : writerFor(event.payload().getClass()).writeValueAsString(event.payload());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Event payload of " + event.type() + " cannot be serialized", e);
            }
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), event.type(), event.version(), source,
                    Instant.now(), event.aggregateId(), event.correlationId());
            rows.add(new OutboxRepository.Pending(event.topic(), event.aggregateType(), envelope, json));
            envelopes.add(envelope);
        }
        repository.insertAll(rows);
        if (!rows.isEmpty()) {
            wakeRelayAfterCommit();
        }
        return envelopes;
    }

    // One writer per payload type: Jackson then resolves the type's serializer once, not per event.
    private ObjectWriter writerFor(Class<?> type) {
        return writers.computeIfAbsent(type, mapper::writerFor);
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        AfterCommit.run(transactions, relay::wake);
    }
}
