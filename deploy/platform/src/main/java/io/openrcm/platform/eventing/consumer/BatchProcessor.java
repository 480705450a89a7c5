package io.openrcm.platform.eventing.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.parking.ParkedEvent;
import io.openrcm.platform.eventing.parking.ParkedEventRepository;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies a batch of records for one handler: all of them in one database transaction when they are all good; when
 * one is poison, each in its own transaction so the good ones still apply and the poison one is dead-lettered.
 * A transient failure propagates, so the caller retries the whole batch (the inbox makes the retry harmless); after too
 * many, the caller asks for {@link #processEachOrPark}, which parks the record that still fails.
 */
final class BatchProcessor implements BatchApplier {

    /** Longest reason kept with a parked record. */
    private static final int REASON_LENGTH = 2000;

    private static final Logger LOG = Logger.getLogger(BatchProcessor.class);

    private final EventHandler handler;
    private final InboxRepository inbox;
    private final DeadLetterPublisher deadLetters;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final ParkedEventRepository parked;
    private final int timeoutSeconds;

    BatchProcessor(EventHandler handler, InboxRepository inbox, DeadLetterPublisher deadLetters,
            ParkedEventRepository parked, Duration batchTimeout, MeterRegistry meters) {
        this.parked = parked;
        this.timeoutSeconds = (int) Math.max(1, batchTimeout.toSeconds());
        this.handler = handler;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        String consumer = handler.consumerName();
        this.applied = Counter.builder("rcm.consumer.applied").tag("consumer", consumer).register(meters);
        this.duplicates = Counter.builder("rcm.consumer.duplicates").tag("consumer", consumer).register(meters);
        this.deadLettered = Counter.builder("rcm.consumer.dead.lettered").tag("consumer", consumer).register(meters);
    }

    /** Applies the batch; throws only on a transient failure. */
    @Override
    public void process(List<ConsumerRecord<String, String>> batch) throws Exception {
        try {
            int[] counts = inTransaction(() -> applyAll(batch));
            applied.increment(counts[0]);
            duplicates.increment(counts[1]);
            return;
        } catch (Exception e) {
            if (!FailureClassifier.isPoison(e)) {
                throw e;
            }
        }
        for (ConsumerRecord<String, String> record : batch) {
            try {
                int[] counts = inTransaction(() -> applyAll(List.of(record)));
                applied.increment(counts[0]);
                duplicates.increment(counts[1]);
            } catch (Exception e) {
                if (!FailureClassifier.isPoison(e)) {
                    throw e;
                }
                LOG.warnf("Dead-lettering %s[%d]@%d for %s: %s", record.topic(), record.partition(), record.offset(),
                        handler.consumerName(), FailureClassifier.reason(e));
                deadLetters.publish(record, handler.consumerName(), e);
                deadLettered.increment();
            }
        }
    }

    @Override
    public void processEachOrPark(List<ConsumerRecord<String, String>> batch, FailureHistory history)
            throws Exception {
        for (ConsumerRecord<String, String> record : batch) {
            try {
                process(List.of(record));
            } catch (Exception e) {
                if (FailureClassifier.isOutage(e)) {
                    throw e;
                }
                String reason = FailureClassifier.describe(e);
                LOG.errorf("Parking %s[%d]@%d for %s after %d attempts: %s", record.topic(), record.partition(),
                        record.offset(), handler.consumerName(), history.attempts() + 1, reason);
                ParkedEvent event = ParkedRecords.of(record, handler.consumerName(), reason.length() > REASON_LENGTH
                        ? reason.substring(0, REASON_LENGTH) : reason, history.attempts() + 1,
                        history.firstFailure(), history.lastFailure());
                inTransaction(() -> parked.park(event));
            }
        }
    }

    /**
     * Applies one record inside the caller's transaction (an operator's replay): the inbox first, then the handler.
     * Returns false when the inbox shows the event applied already, so nothing changed (always true for a handler that
     * deduplicates by itself: it skips the replay on its own keys).
     */
    boolean applyInCurrentTransaction(ConsumerRecord<String, String> record) throws Exception {
        return applyAll(List.of(record))[0] == 1;
    }

    /** Returns {applied, duplicates}. */
    private int[] applyAll(List<ConsumerRecord<String, String>> records) throws Exception {
        List<IncomingEvent> events = new ArrayList<>(records.size());
        List<UUID> ids = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope envelope = CloudEventHeaders.read(record.headers());
            events.add(new IncomingEvent(envelope, record.key(), record.value(), record.topic(), record.partition(),
                    record.offset()));
            ids.add(envelope.eventId());
        }
        // One statement records the batch in the inbox; an event already there (or twice in the batch) is applied once.
        // A handler keyed by the event id itself gets each id of the batch once and skips a replay on its own.
        Set<UUID> first = handler.deduplicatesItself() ? new HashSet<>(ids)
                : inbox.recordFirstDeliveries(handler.consumerName(), ids);
        List<IncomingEvent> fresh = new ArrayList<>(first.size());
        for (IncomingEvent event : events) {
            if (first.remove(event.envelope().eventId())) {
                fresh.add(event);
            }
        }
        if (handler.setBased()) {
            if (!fresh.isEmpty()) {
                handler.handleAll(fresh);
            }
        } else {
            for (IncomingEvent event : fresh) {
                handler.handle(event);
            }
        }
        return new int[] {fresh.size(), records.size() - fresh.size()};
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(work);
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            requestContext.terminate();
        }
    }
}
