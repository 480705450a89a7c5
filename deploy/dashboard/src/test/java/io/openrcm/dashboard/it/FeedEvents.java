package io.openrcm.dashboard.it;

import io.openrcm.infra.KafkaTestAccess;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes ClaimStatusChanged events the way the claim-service does: keyed by claim id, CloudEvents headers. */
final class FeedEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    FeedEvents(String bootstrapServers) {
        Properties p = new Properties();
        p.putAll(KafkaTestAccess.clientProperties(bootstrapServers));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** A change of a claim of the given payer, all amounts in dollars; returns the event id. */
    static String payload(String claimId, String payerId, String from, String to, String charge, String paid,
            String adjustments, String patient, String outstanding, List<String> codes, LocalDate dateOfService) {
        String fromJson = from == null ? "null" : "\"" + from + "\"";
        String codesJson = codes.stream().map(c -> "\"" + c + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return "{\"claimId\":\"" + claimId + "\",\"encounterId\":\"" + UUID.randomUUID() + "\",\"payerId\":\""
                + payerId + "\",\"billingProviderNpi\":\"1234567893\",\"fromStatus\":" + fromJson + ",\"toStatus\":\""
                + to + "\",\"reason\":\"test " + to + "\",\"reasonCodes\":[" + codesJson + "],\"totalCharge\":\""
                + charge + "\",\"paidAmount\":\"" + paid + "\",\"adjustmentAmount\":\"" + adjustments
                + "\",\"patientResponsibility\":\"" + patient + "\",\"outstanding\":\"" + outstanding
                + "\",\"changedAt\":\"" + Instant.now() + "\""
                + (dateOfService == null ? "" : ",\"dateOfService\":\"" + dateOfService + "\"") + "}";
    }

    UUID send(String claimId, String payload) throws Exception {
        return send(claimId, payload, UUID.randomUUID());
    }

    UUID send(String claimId, String payload, UUID eventId) throws Exception {
        EventEnvelope envelope = new EventEnvelope(eventId, "ClaimStatusChanged", 1, "/claim-service", Instant.now(),
                claimId, "corr-" + claimId);
        producer.send(new ProducerRecord<>(Topics.CLAIM_STATUS, null, claimId, payload,
                CloudEventHeaders.of(envelope))).get();
        return eventId;
    }

    /** Sends without waiting for each acknowledgment; {@link #flush} waits for all. */
    void sendQuickly(String claimId, String payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "ClaimStatusChanged", 1, "/claim-service",
                Instant.now(), claimId, "corr-" + claimId);
        producer.send(new ProducerRecord<>(Topics.CLAIM_STATUS, null, claimId, payload, CloudEventHeaders.of(envelope)));
    }

    void flush() {
        producer.flush();
    }

    /** A claim created, submitted and then decided by the payer. */
    void lifeOf(String claimId, String payerId, String decision, String paid, String outstanding, List<String> codes,
            LocalDate dateOfService) throws Exception {
        send(claimId, payload(claimId, payerId, null, "CREATED", "160.00", "0.00", "0.00", "0.00", "160.00",
                List.of(), dateOfService));
        send(claimId, payload(claimId, payerId, "CREATED", "SUBMITTED", "160.00", "0.00", "0.00", "0.00", "160.00",
                List.of(), dateOfService));
        if (decision != null) {
            send(claimId, payload(claimId, payerId, "SUBMITTED", decision, "160.00", paid, "0.00", "0.00",
                    outstanding, codes, dateOfService));
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
