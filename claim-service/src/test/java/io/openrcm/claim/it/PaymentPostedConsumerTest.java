package io.openrcm.claim.it;

import static io.openrcm.claim.it.ClaimFlow.PATIENCE;
import static io.openrcm.testsupport.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.JsonStructure;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class PaymentPostedConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;
    private ClaimFlow flow;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        flow = new ClaimFlow(kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void theGoldenPaymentPaysTheClaimInFull() throws Exception {
        String claimId = flow.createGoldenClaim("corr-encounter");
        ObjectNode payment = GoldenEvents.paymentPosted(claimId);
        flow.sendPayment(payment, "corr-remit", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> "PAID".equals(ClaimFlow.claim(claimId).getString("status")));
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("balance.totalCharge")).isEqualTo("160.00");
        assertThat(claim.getString("balance.paid")).isEqualTo("100.00");
        assertThat(claim.getString("balance.adjustments")).isEqualTo("40.00");
        assertThat(claim.getString("balance.patientResponsibility")).isEqualTo("20.00");
        assertThat(claim.getString("balance.outstanding")).isEqualTo("0.00");
        assertThat(claim.getList("statusHistory.toStatus")).containsExactly("CREATED", "READY", "SUBMITTED", "PAID");
        assertThat(claim.getList("statusHistory[3].reasonCodes")).containsExactly("CO-45", "PR-2");
        assertThat(claim.getString("statusHistory[3].paymentId")).isEqualTo(payment.get("paymentId").asText());
        assertThat(claim.getList("payments.paymentId")).containsExactly(payment.get("paymentId").asText());

        await().atMost(PATIENCE).until(() -> paidEvents(claimId).size() == 1);
        ConsumerRecord<String, String> record = paidEvents(claimId).get(0);
        EventAssertions.assertEnvelope(record, "ClaimStatusChanged", claimId, "corr-remit");
        JsonNode changed = GoldenEvents.parse(record.value());
        assertThat(JsonStructure.of(changed))
                .isEqualTo(JsonStructure.of(GoldenEvents.read(GoldenEvents.CLAIM_STATUS_CHANGED)));
        EventAssertions.assertSchemaDescribes(GoldenEvents.CLAIM_STATUS_CHANGED, changed);
        assertThat(changed.get("fromStatus").asText()).isEqualTo("SUBMITTED");
        assertThat(changed.get("toStatus").asText()).isEqualTo("PAID");
        assertThat(changed.get("reason").asText()).isEqualTo("Payment posted: paid 100.00 of 160.00, nothing outstanding");
        assertThat(changed.get("paidAmount").asText()).isEqualTo("100.00");
        assertThat(changed.get("adjustmentAmount").asText()).isEqualTo("40.00");
        assertThat(changed.get("patientResponsibility").asText()).isEqualTo("20.00");
        assertThat(changed.get("outstanding").asText()).isEqualTo("0.00");
    }

    @Test
    void aDenialDeniesTheClaim() throws Exception {
        String claimId = flow.createGoldenClaim("corr-encounter-2");
        ObjectNode payment = GoldenEvents.paymentPosted(claimId);
        payment.put("claimStatusCode", "4");
        payment.put("paidAmount", "0.00");
        payment.put("patientResponsibility", "0.00");
        payment.putArray("adjustments").addObject().put("group", "CO").put("reason", "50").put("amount", "160.00");
        flow.sendPayment(payment, "corr-denial", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> "DENIED".equals(ClaimFlow.claim(claimId).getString("status")));
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("balance.paid")).isEqualTo("0.00");
        assertThat(claim.getString("balance.adjustments")).isEqualTo("160.00");
        assertThat(claim.getString("balance.outstanding")).isEqualTo("0.00");
        assertThat(claim.getString("statusHistory[3].reason")).contains("denied");
        assertThat(claim.getList("statusHistory[3].reasonCodes")).containsExactly("CO-50");
    }

    @Test
    void aPaymentDeliveredAgainUnderANewEventIdCountsOnce() throws Exception {
        String claimId = flow.createGoldenClaim("corr-encounter-3");
        ObjectNode payment = GoldenEvents.paymentPosted(claimId);
        payment.put("paidAmount", "50.00");
        payment.put("patientResponsibility", "0.00");
        payment.putArray("adjustments");
        UUID first = UUID.randomUUID();
        UUID again = UUID.randomUUID();
        flow.sendPayment(payment, "corr-p1", first);
        flow.sendPayment(payment, "corr-p1", again);
        ObjectNode next = GoldenEvents.paymentPosted(claimId);
        next.put("paidAmount", "10.00");
        next.put("patientResponsibility", "0.00");
        next.putArray("adjustments");
        flow.sendPayment(next, "corr-p2", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> ClaimFlow.claim(claimId).getList("payments").size() == 2);
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("balance.paid")).isEqualTo("60.00");
        assertThat(claim.getString("balance.outstanding")).isEqualTo("100.00");
        assertThat(claim.getString("status")).isEqualTo("PARTIALLY_PAID");
        assertThat(claim.getList("statusHistory.toStatus"))
                .containsExactly("CREATED", "READY", "SUBMITTED", "PARTIALLY_PAID", "PARTIALLY_PAID");
        assertThat(kafka.read(Topics.deadLetterOf(Topics.PAYMENT_POSTED), r -> claimId.equals(r.key()))).isEmpty();
    }

    @Test
    void aPaymentForAnUnknownClaimIsDeadLettered() throws Exception {
        String unknown = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        flow.sendPayment(GoldenEvents.paymentPosted(unknown), "corr-unknown-claim", eventId);

        ConsumerRecord<String, String> dead = awaitDeadLetter(eventId);
        assertThat(header(dead, "dlq_reason")).contains("unknown claim " + unknown);
        assertThat(header(dead, "dlq_consumer")).isEqualTo("claim-service.payment-posted");
    }

    @Test
    void anOverpaymentPaysTheClaimAndWaitsInTheCreditBalanceQueue() throws Exception {
        String claimId = flow.createGoldenClaim("corr-encounter-4");
        ObjectNode payment = GoldenEvents.paymentPosted(claimId);
        payment.put("paidAmount", "150.00");
        flow.sendPayment(payment, "corr-over", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> "PAID".equals(ClaimFlow.claim(claimId).getString("status")));
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("balance.paid")).isEqualTo("150.00");
        assertThat(claim.getString("balance.outstanding")).isEqualTo("0.00");
        assertThat(claim.getString("balance.creditBalance")).isEqualTo("50.00");
        assertThat(claim.getList("payments.paymentId")).containsExactly(payment.get("paymentId").asText());
        JsonPath queue = given().queryParam("type", "CREDIT_BALANCE").queryParam("size", "500").get("/work-queue")
                .then().statusCode(200).extract().jsonPath();
        assertThat(queue.getString("items.find { it.claimId == '" + claimId + "' }.creditBalance")).isEqualTo("50.00");
        assertThat(queue.getString("items.find { it.claimId == '" + claimId + "' }.type")).isEqualTo("CREDIT_BALANCE");
        assertThat(given().get("/work-queue/summary").then().extract().jsonPath().getLong("CREDIT_BALANCE"))
                .isPositive();

        await().atMost(PATIENCE).until(() -> paidEvents(claimId).size() == 1);
        JsonNode changed = GoldenEvents.parse(paidEvents(claimId).get(0).value());
        EventAssertions.assertSchemaDescribes(GoldenEvents.CLAIM_STATUS_CHANGED, changed);
        assertThat(changed.get("outstanding").asText()).isEqualTo("0.00");
        assertThat(changed.get("creditBalance").asText()).isEqualTo("50.00");
        assertThat(changed.get("workQueue").asText()).isEqualTo("CREDIT_BALANCE");
        assertThat(kafka.read(Topics.deadLetterOf(Topics.PAYMENT_POSTED), r -> claimId.equals(r.key()))).isEmpty();
    }

    @Test
    void aPaymentToAClosedClaimIsPostedAndWaitsForReview() throws Exception {
        String claimId = flow.createGoldenClaim("corr-encounter-5");
        ObjectNode first = GoldenEvents.paymentPosted(claimId);
        first.put("paidAmount", "60.00");
        flow.sendPayment(first, "corr-closed-1", UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> "PARTIALLY_PAID".equals(ClaimFlow.claim(claimId).getString("status")));
        given().post("/claims/{id}/close", claimId).then().statusCode(200);

        ObjectNode late = GoldenEvents.paymentPosted(claimId);
        late.put("paidAmount", "40.00");
        late.put("patientResponsibility", "0.00");
        late.putArray("adjustments");
        flow.sendPayment(late, "corr-closed-2", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> ClaimFlow.claim(claimId).getList("payments").size() == 2);
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("status")).isEqualTo("CLOSED");
        assertThat(claim.getString("balance.paid")).isEqualTo("100.00");
        assertThat(claim.getString("statusHistory[-1].fromStatus")).isEqualTo("CLOSED");
        assertThat(claim.getString("statusHistory[-1].reason")).contains("after the claim was closed");
        JsonPath queue = given().queryParam("type", "POSTED_AFTER_CLOSE").queryParam("size", "500")
                .get("/work-queue").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("items.claimId")).contains(claimId);
        assertThat(kafka.read(Topics.deadLetterOf(Topics.PAYMENT_POSTED), r -> claimId.equals(r.key()))).isEmpty();
    }

    @Test
    void theAppliedBalancesOfABatchOfClaimsAreReadInOneRequest() throws Exception {
        String claimId = flow.createGoldenClaim("corr-encounter-6");
        flow.sendPayment(GoldenEvents.paymentPosted(claimId), "corr-batch", UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> "PAID".equals(ClaimFlow.claim(claimId).getString("status")));
        String unknown = UUID.randomUUID().toString();

        JsonPath answer = given().contentType("application/json")
                .body(Map.of("claimIds", List.of(claimId, unknown))).post("/claims/balances")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("items.claimId")).containsExactly(claimId);
        assertThat(answer.getString("items[0].status")).isEqualTo("PAID");
        assertThat(answer.getString("items[0].balance.paid")).isEqualTo("100.00");
        assertThat(answer.getString("items[0].balance.adjustments")).isEqualTo("40.00");
        assertThat(answer.getString("items[0].balance.patientResponsibility")).isEqualTo("20.00");
        assertThat(answer.getList("unknown")).containsExactly(unknown);

        given().contentType("application/json").body(Map.of("claimIds", List.of("nope"))).post("/claims/balances")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private List<ConsumerRecord<String, String>> paidEvents(String claimId) {
        return kafka.read(Topics.CLAIM_STATUS, r -> claimId.equals(r.key()) && r.value().contains("\"toStatus\":\"PAID\""));
    }

    private ConsumerRecord<String, String> awaitDeadLetter(UUID eventId) {
        String dlq = Topics.deadLetterOf(Topics.PAYMENT_POSTED);
        await().atMost(PATIENCE).until(() -> !kafka.read(dlq,
                r -> eventId.toString().equals(header(r, CloudEventHeaders.ID))).isEmpty());
        return kafka.read(dlq, r -> eventId.toString().equals(header(r, CloudEventHeaders.ID))).get(0);
    }
}
