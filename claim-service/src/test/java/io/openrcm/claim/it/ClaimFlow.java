package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.KafkaTestClient;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;

/** Drives the service as the other services would: sends their events, waits for the effect over REST. */
public final class ClaimFlow {

    public static final Duration PATIENCE = Duration.ofSeconds(45);

    private final KafkaTestClient kafka;

    public ClaimFlow(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    /** Sends an EncounterCoded event keyed by its encounter id; returns the event id. */
    public UUID sendEncounter(ObjectNode encounter, String correlationId) throws Exception {
        return sendEncounter(encounter, correlationId, UUID.randomUUID(), encounter.get("encounterId").asText());
    }

    /** Sends an EncounterCoded event with the given event id and key. */
    public UUID sendEncounter(ObjectNode encounter, String correlationId, UUID eventId, String key) throws Exception {
        kafka.send(Topics.ENCOUNTER_CODED, key, encounter.toString(), KafkaTestClient.envelope(eventId,
                "EncounterCoded", "/code-service", encounter.get("encounterId").asText(), correlationId));
        return eventId;
    }

    /** Sends a PaymentPosted event keyed by its claim id with the given event id. */
    public void sendPayment(ObjectNode payment, String correlationId, UUID eventId) throws Exception {
        String claimId = payment.get("claimId").asText();
        kafka.send(Topics.PAYMENT_POSTED, claimId, payment.toString(), KafkaTestClient.envelope(eventId,
                "PaymentPosted", "/reimbursement-service", claimId, correlationId));
    }

    /** Waits until the encounter has its claim; returns the claim id. */
    public String awaitClaimOf(String encounterId) {
        await().atMost(PATIENCE).until(() -> claimsOf(encounterId).getInt("total") == 1);
        return claimsOf(encounterId).getString("items[0].claimId");
    }

    /** {@code GET /claims?encounterId=}. */
    public static JsonPath claimsOf(String encounterId) {
        return given().queryParam("encounterId", encounterId).when().get("/claims").then().statusCode(200)
                .extract().jsonPath();
    }

    /** {@code GET /claims/{id}}. */
    public static JsonPath claim(String claimId) {
        return given().when().get("/claims/{id}", claimId).then().statusCode(200).extract().jsonPath();
    }

    /** Sends the golden encounter (new encounter id) and waits for its claim; returns the claim id. */
    public String createGoldenClaim(String correlationId) throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        sendEncounter(encounter, correlationId);
        String claimId = awaitClaimOf(encounter.get("encounterId").asText());
        awaitStatus(claimId, "SUBMITTED");
        return claimId;
    }

    /** Waits until the claim is in the status (the scheduler submits READY claims within a fraction of a second). */
    public static void awaitStatus(String claimId, String status) {
        await().atMost(PATIENCE).until(() -> status.equals(claim(claimId).getString("status")));
    }
}
