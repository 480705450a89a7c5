package io.openrcm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows the claim-submitted and claim-status topics from their ends at start, without a consumer group, and keeps
 * each event with its Kafka timestamp: exact publication times for the latencies, and what each claim went through.
 */
final class EventWatcher implements AutoCloseable {

    static final String CLAIM_SUBMITTED = "rcm.claims.claim-submitted.v1";
    static final String CLAIM_STATUS = "rcm.claims.claim-status.v1";
    /** How long to wait for the topics to be created (a service creates them a moment after it reports ready). */
    static final Duration TOPIC_WAIT = Duration.ofSeconds(120);

    /** One claim-status event. */
    record StatusEvent(long timestamp, String fromStatus, String toStatus, BigDecimal paidAmount) {
    }

    private final ObjectMapper mapper;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, SubmittedClaim> submittedByEncounter = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> claimIdsByEncounter = new ConcurrentHashMap<>();
    private final Map<String, List<StatusEvent>> statusByClaim = new ConcurrentHashMap<>();
    /** The payers each claim was submitted to: the primary, then the secondary claim-service billed on its own. */
    private final Map<String, Set<String>> payersByClaim = new ConcurrentHashMap<>();
    /** When events arrived here (wall clock, ms): when the pipeline made progress, for the chaos run's recovery times. */
    private final ConcurrentSkipListSet<Long> arrivals = new ConcurrentSkipListSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lastEventMillis = System.currentTimeMillis();
    private volatile RuntimeException failure;

    /** Follows the topics as the client the settings describe (bootstrap servers and security), outside any group. */
    EventWatcher(Map<String, Object> client, ObjectMapper mapper) {
        this.mapper = mapper;
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "rcm-bench-watcher");
        // The services create their topics; asking for a missing one must not try to create it (which the bench may
        // not do, so the broker would answer "not authorized").
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        try {
            for (String topic : List.of(CLAIM_SUBMITTED, CLAIM_STATUS)) {
                partitionsOnceCreated(consumer, topic, TOPIC_WAIT)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::run, "rcm-bench-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The topic's partitions, waiting for it to exist: each service creates the topics it produces on a thread of its
     * own once Kafka answers, which may come after the service reports ready (claim-status is produced by
     * claim-service alone, so on a stack without the dashboard nothing else creates it).
     */
    static List<PartitionInfo> partitionsOnceCreated(Consumer<?, ?> consumer, String topic, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            String problem;
            try {
                List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (found != null && !found.isEmpty()) {
                    return found;
                }
                problem = "it does not exist";
            } catch (UnknownTopicOrPartitionException | TopicAuthorizationException | TimeoutException e) {
                problem = e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The bench cannot follow " + topic + " after " + wait.toSeconds()
                        + " s: " + problem + " (the topic is created by the service that produces it; the bench's"
                        + " principal needs READ and DESCRIBE on it)");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + topic, e);
            }
        }
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    lastEventMillis = System.currentTimeMillis();
                    arrivals.add(lastEventMillis);
                    accept(record.topic(), mapper.readTree(record.value()), record.timestamp());
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = new IllegalStateException("The event watcher stopped: " + e.getMessage(), e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void accept(String topic, JsonNode event, long timestamp) {
        String claimId = event.path("claimId").asText();
        if (topic.equals(CLAIM_SUBMITTED)) {
            String encounterId = event.path("encounterId").asText();
            claimIdsByEncounter.computeIfAbsent(encounterId, e -> ConcurrentHashMap.newKeySet()).add(claimId);
            submittedByEncounter.putIfAbsent(encounterId, submitted(event, timestamp));
            payersByClaim.computeIfAbsent(claimId, c -> ConcurrentHashMap.newKeySet())
                    .add(event.path("payerId").asText());
        } else {
            BigDecimal paid = event.hasNonNull("paidAmount") ? new BigDecimal(event.get("paidAmount").asText()) : null;
            List<StatusEvent> events = statusByClaim.computeIfAbsent(claimId, c -> new ArrayList<>());
            synchronized (events) {
                events.add(new StatusEvent(timestamp, event.path("fromStatus").asText(),
                        event.path("toStatus").asText(), paid));
            }
        }
    }

    private static SubmittedClaim submitted(JsonNode e, long timestamp) {
        List<SubmittedClaim.Line> lines = new ArrayList<>();
        for (JsonNode l : e.path("lines")) {
            List<String> modifiers = new ArrayList<>();
            l.path("modifiers").forEach(m -> modifiers.add(m.asText()));
            lines.add(new SubmittedClaim.Line(l.path("lineNumber").asInt(), l.path("code").asText(), modifiers,
                    l.path("units").asInt(1), new BigDecimal(l.path("charge").asText()).setScale(2)));
        }
        return new SubmittedClaim(e.path("claimId").asText(), e.path("encounterId").asText(),
                e.path("patientId").asText("UNKNOWN"), e.path("payerId").asText(), e.path("dateOfService").asText(),
                new BigDecimal(e.path("totalCharge").asText()).setScale(2), lines, timestamp);
    }

    SubmittedClaim submitted(String encounterId) {
        return submittedByEncounter.get(encounterId);
    }

    /** True once the claim was submitted to that payer (a secondary claim is the same claim id billed again). */
    boolean submittedTo(String claimId, String payerId) {
        Set<String> payers = payersByClaim.get(claimId);
        return payers != null && payers.contains(payerId);
    }

    /** How many distinct claims were submitted for the encounter. */
    int claimCount(String encounterId) {
        Set<String> ids = claimIdsByEncounter.get(encounterId);
        return ids == null ? 0 : ids.size();
    }

    /** The claim's status events so far, oldest first (a copy). */
    List<StatusEvent> statusEvents(String claimId) {
        List<StatusEvent> events = statusByClaim.get(claimId);
        if (events == null) {
            return List.of();
        }
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** When the first event after the moment arrived, or -1 if none has yet. */
    long firstArrivalAfter(long millis) {
        Long next = arrivals.higher(millis);
        return next == null ? -1 : next;
    }

    /**
     * The longest time without any event between two moments (the edges count: no event at all is the whole span):
     * how long the pipeline stood still around a fault.
     */
    long longestGap(long from, long to) {
        long previous = from;
        long longest = 0;
        for (long at : arrivals.subSet(from, true, to, true)) {
            longest = Math.max(longest, at - previous);
            previous = at;
        }
        return Math.max(longest, to - previous);
    }

    long lastEventMillis() {
        return lastEventMillis;
    }

    void checkAlive() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
