package io.openrcm.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.KafkaTestAccess;
import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database outage is a transient failure: readiness turns DOWN, the events that arrive meanwhile wait in Kafka, are
 * retried, never dead-lettered, and are applied once the database is back.
 */
@ExtendWith(StackExtension.class)
class DatabaseOutageSystemTest {

    @Test
    void eventsArrivingWhileTheDatabaseIsDownAreAppliedWhenItReturns() throws Exception {
        String encounterId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        // code-service's golden example, as published in rcm-event-contracts.
        ObjectNode payload = (ObjectNode) new ObjectMapper().readTree(DatabaseOutageSystemTest.class.getClassLoader()
                .getResource("contracts/code-service/examples/encounter-coded.v1.json"));
        payload.put("encounterId", encounterId).put("ehrEncounterId", "SYS-OUTAGE-" + encounterId)
                .put("dateOfService", LocalDate.now().minusDays(1).toString());

        StackExtension.stack().stopPostgres();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .baseUri(StackExtension.url("claim-service")).get("/q/health/ready").then().statusCode(503));
            // As the stack's administrator (registered by the stack): the test plays code-service's producer.
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    KafkaTestAccess.clientProperties(StackExtension.stack().kafkaBootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                EventEnvelope envelope = new EventEnvelope(eventId, "EncounterCoded", 1, "/code-service",
                        Instant.now(), encounterId, "corr-outage");
                producer.send(new ProducerRecord<>(Topics.ENCOUNTER_CODED, null, encounterId, payload.toString(),
                        CloudEventHeaders.of(envelope))).get(10, TimeUnit.SECONDS);
            }
            // Long enough for the consumer to fail and back off several times.
            Thread.sleep(3_000);
        } finally {
            StackExtension.stack().restartPostgres();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .baseUri(StackExtension.url("claim-service")).get("/q/health/ready").then().statusCode(200));
        ClaimPolling.awaitClaimFor(encounterId);
        assertThat(TopicReader.readAll(StackExtension.stack().kafkaBootstrapServers(),
                Topics.deadLetterOf(Topics.ENCOUNTER_CODED)).stream()
                .filter(r -> eventId.toString().equals(CloudEventHeaders.text(r.headers(), CloudEventHeaders.ID))))
                .isEmpty();
    }
}
