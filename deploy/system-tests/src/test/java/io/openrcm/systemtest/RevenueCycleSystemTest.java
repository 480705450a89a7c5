package io.openrcm.systemtest;

import io.openrcm.infra.TopicReader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.Topics;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first end-to-end slice across the three running services: encounter, claim, remittance, paid claim. */
@ExtendWith(StackExtension.class)
class RevenueCycleSystemTest {

    @Test
    void anEncounterBecomesAClaimAndARemittancePaysIt() {
        String ehrId = "SYS-" + UUID.randomUUID();
        String correlationId = "corr-" + UUID.randomUUID();

        String encounterId = given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON)
                .header("X-Correlation-Id", correlationId).body(Payloads.encounter(ehrId))
                .post("/encounters").then().statusCode(201).extract().path("encounterId");

        JsonPath claim = ClaimPolling.awaitSubmittedClaimFor(encounterId);
        String claimId = claim.getString("claimId");
        assertThat(claim.getString("status")).isEqualTo("SUBMITTED");
        assertThat(claim.getString("balance.totalCharge")).isEqualTo("160.00");
        // The claim went out in an 837P interchange whose CLM01 is the claim id, so the remittance matches back.
        String file = given().baseUri(StackExtension.url("claim-service"))
                .get("/submissions/" + claim.getString("lastSubmissionId")).then().statusCode(200).extract().asString();
        assertThat(file).startsWith("ISA*").contains("CLM*" + claimId + "*160.00*");

        // The claim reaches the reimbursement-service over Kafka; a payment that arrives first waits as UNMATCHED
        // and posts when the claim does, so either answer is right here and the claim's state below decides.
        String traceNumber = "TRN-" + UUID.randomUUID();
        String remittanceId = given().baseUri(StackExtension.url("reimbursement-service"))
                .contentType(ContentType.JSON).body(Payloads.remittancePaying(traceNumber, claimId))
                .post("/remittances").then().statusCode(201)
                .body("claims[0].status", Matchers.oneOf("POSTED", "UNMATCHED")).extract()
                .path("remittanceId");
        // The payer sends the same file again: same answer, nothing posted twice.
        given().baseUri(StackExtension.url("reimbursement-service")).contentType(ContentType.JSON)
                .body(Payloads.remittancePaying(traceNumber, claimId)).post("/remittances").then().statusCode(200)
                .body("remittanceId", Matchers.equalTo(remittanceId));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath paid = given().baseUri(StackExtension.url("claim-service")).get("/claims/" + claimId)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(paid.getString("status")).isEqualTo("PAID");
            assertThat(paid.getString("balance.paid")).isEqualTo("100.00");
            assertThat(paid.getString("balance.adjustments")).isEqualTo("40.00");
            assertThat(paid.getString("balance.patientResponsibility")).isEqualTo("20.00");
            assertThat(paid.getString("balance.outstanding")).isEqualTo("0.00");
        });
        assertThat(given().baseUri(StackExtension.url("reimbursement-service")).queryParam("claimId", claimId)
                .get("/payments").then().statusCode(200).extract().jsonPath().getList("payments")).hasSize(1);

        // One correlation id followed the encounter through every service's events.
        assertThat(correlationsOf(Topics.ENCOUNTER_CODED, encounterId)).containsExactly(correlationId);
        assertThat(correlationsOf(Topics.CLAIM_SUBMITTED, claimId)).containsExactly(correlationId);
        assertThat(correlationsOf(Topics.PAYMENT_POSTED, claimId)).containsExactly(correlationId);
        // READY (created and scrubbed clean, one change), SUBMITTED, PAID.
        assertThat(correlationsOf(Topics.CLAIM_STATUS, claimId)).hasSizeGreaterThanOrEqualTo(3)
                .containsOnly(correlationId);
    }

    @Test
    void theSameEncounterPostedTwiceYieldsOneClaim() {
        String ehrId = "SYS-TWICE-" + UUID.randomUUID();

        String first = given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON)
                .body(Payloads.encounter(ehrId)).post("/encounters").then().statusCode(201).extract()
                .path("encounterId");
        String second = given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON)
                .body(Payloads.encounter(ehrId)).post("/encounters").then().statusCode(200).extract()
                .path("encounterId");

        assertThat(second).isEqualTo(first);
        ClaimPolling.awaitClaimFor(first);
        ClaimPolling.assertStaysExactlyOneClaim(first);
        assertThat(TopicReader.readAll(StackExtension.stack().kafkaBootstrapServers(), Topics.ENCOUNTER_CODED)
                .stream().filter(r -> first.equals(r.key()))).hasSize(1);
    }

    private static List<String> correlationsOf(String topic, String key) {
        List<ConsumerRecord<String, String>> records =
                TopicReader.readAll(StackExtension.stack().kafkaBootstrapServers(), topic);
        return records.stream().filter(r -> key.equals(r.key()))
                .map(r -> CloudEventHeaders.text(r.headers(), CloudEventHeaders.CORRELATION_ID)).toList();
    }
}
