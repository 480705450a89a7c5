package io.openrcm.systemtest;

import io.openrcm.infra.KafkaTestAccess;
import io.openrcm.infra.TopicReader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What crosses the broker survives duplicates, poison and a crashed service: nothing lost, nothing applied twice. */
@ExtendWith(StackExtension.class)
class DeliverySemanticsSystemTest {

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String encounterId = postEncounter("SYS-DUP-" + UUID.randomUUID());
        String claimId = ClaimPolling.awaitSubmittedClaimFor(encounterId).getString("claimId");

        ConsumerRecord<String, String> original = TopicReader.readAll(bootstrap(), Topics.ENCOUNTER_CODED).stream()
                .filter(r -> encounterId.equals(r.key())).findFirst().orElseThrow();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(original.topic(), null, original.key(), original.value(),
                    original.headers())).get(10, TimeUnit.SECONDS);
        }

        ClaimPolling.assertStaysExactlyOneClaim(encounterId);
        assertThat(TopicReader.readAll(bootstrap(), Topics.CLAIM_SUBMITTED).stream()
                .filter(r -> claimId.equals(r.key()))).hasSize(1);
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheNextOneIsStillProcessed() throws Exception {
        UUID poisonId = UUID.randomUUID();
        EventEnvelope envelope = new EventEnvelope(poisonId, "EncounterCoded", 1, "/system-test", Instant.now(),
                "poison-" + poisonId, "corr-poison");
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.ENCOUNTER_CODED, null, envelope.subject(),
                    "{\"encounterId\": \"broken", CloudEventHeaders.of(envelope))).get(10, TimeUnit.SECONDS);
        }

        String encounterId = postEncounter("SYS-AFTER-POISON-" + UUID.randomUUID());

        ClaimPolling.awaitClaimFor(encounterId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = TopicReader.readAll(bootstrap(),
                    Topics.deadLetterOf(Topics.ENCOUNTER_CODED)).stream()
                    .filter(r -> poisonId.toString().equals(CloudEventHeaders.text(r.headers(), CloudEventHeaders.ID)))
                    .toList();
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo("{\"encounterId\": \"broken");
            assertThat(CloudEventHeaders.text(dead.get(0).headers(), "dlq_reason")).isNotBlank();
            assertThat(CloudEventHeaders.text(dead.get(0).headers(), "dlq_consumer"))
                    .isEqualTo("claim-service.encounter-coded");
            assertThat(CloudEventHeaders.text(dead.get(0).headers(), CloudEventHeaders.CORRELATION_ID))
                    .isEqualTo("corr-poison");
        });
    }

    @Test
    void aServiceKilledMidStreamLosesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> encounters = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            encounters.add(postEncounter("SYS-CRASH-" + run + "-" + i));
        }
        StackExtension.stack().killService("claim-service");
        for (int i = 15; i < 40; i++) {
            encounters.add(postEncounter("SYS-CRASH-" + run + "-" + i));
        }
        StackExtension.stack().startService("claim-service");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String encounterId : encounters) {
                assertThat(ClaimPolling.claimsOf(encounterId)).as("claims of encounter %s", encounterId).hasSize(1);
            }
        });
        List<String> claimIds = encounters.stream()
                .map(e -> (String) ClaimPolling.claimsOf(e).get(0).get("claimId")).toList();
        // Claims go out on the submission scheduler's next run after they are created.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                TopicReader.readAll(bootstrap(), Topics.CLAIM_SUBMITTED).stream()
                        .filter(r -> claimIds.contains(r.key()))
                        .collect(Collectors.groupingBy(ConsumerRecord::key,
                                Collectors.counting()))).hasSize(40));
        // The relay may publish a row again after a crash between the broker's ack and its commit; a claim itself
        // is never created twice, and the consumers dedupe on the event id.
        assertThat(TopicReader.readAll(bootstrap(), Topics.CLAIM_SUBMITTED).stream()
                .filter(r -> claimIds.contains(r.key()))
                .map(r -> CloudEventHeaders.text(r.headers(), CloudEventHeaders.ID)).distinct()).hasSize(40);
    }

    private static String postEncounter(String ehrId) {
        return given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON)
                .body(Payloads.encounter(ehrId)).post("/encounters").then().statusCode(201).extract()
                .path("encounterId");
    }

    private static String bootstrap() {
        return StackExtension.stack().kafkaBootstrapServers();
    }

    private static KafkaProducer<String, String> producer() {
        // As the stack's administrator (registered by the stack): the test plays a producer no service is.
        Map<String, Object> config = KafkaTestAccess.clientProperties(bootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
