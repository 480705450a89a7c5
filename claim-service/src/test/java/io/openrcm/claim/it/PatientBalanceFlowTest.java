package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.JsonStructure;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the patient owes, through Kafka, REST and the database: a claim its payer paid leaves the patient's share;
 * patient payments and refunds post once per reference; paying in full closes the claim; a small balance is written
 * off; the A/R splits into insurance and patient. Claims of a payer of their own, so the A/R figures are exact.
 */
@QuarkusTest
// Not a test of authentication: a signed-in biller of the seeded practices (administrator: its own payer).
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class PatientBalanceFlowTest {

    static final String LAKESIDE = TestPractices.LAKESIDE;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    DataSource dataSource;

    private String payer;

    @BeforeEach
    void aPayerOfItsOwn() {
        payer = "PATIENT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("name", "Patient Test Payer", "claimFilingIndicator", "CI",
                "timelyFilingDays", 3650)).put("/payers/{id}", payer).then().statusCode(201);
    }

    @Test
    void aPatientPaymentPostsOnceAndPayingInFullClosesTheClaim() throws Exception {
        String claim = paidByInsurance("Alice", "20.00");
        JsonPath balance = given().get("/claims/{id}/patient-balance", claim).then().statusCode(200).extract()
                .jsonPath();
        assertThat(balance.getString("status")).isEqualTo("OWES");
        assertThat(balance.getString("responsibility")).isEqualTo("PATIENT");
        assertThat(balance.getString("owed")).isEqualTo("20.00");

        String ref = "RCPT-" + UUID.randomUUID();
        JsonPath first = pay(claim, "patient-payments", ref, "12.00", 201);
        assertThat(first.getString("balance.owed")).isEqualTo("8.00");
        JsonPath again = pay(claim, "patient-payments", ref, "12.00", 200);
        assertThat(again.getBoolean("repeated")).isTrue();
        assertThat(again.getString("entry.postedAt")).isEqualTo(first.getString("entry.postedAt"));
        assertThat(again.getString("balance.owed")).isEqualTo("8.00");
        pay(claim, "patient-payments", ref, "12.01", 409);
        pay(claim, "patient-refunds", ref, "12.00", 409);
        pay(claim, "patient-payments", "RCPT-" + UUID.randomUUID(), "8.01", 422);
        pay(claim, "patient-refunds", "RF-" + UUID.randomUUID(), "12.01", 422);
        assertThat(pay(claim, "patient-refunds", "RF-" + UUID.randomUUID(), "2.00", 201).getString("balance.owed"))
                .isEqualTo("10.00");
        assertThat(ClaimFlow.claim(claim).getString("status")).isEqualTo("PAID");

        JsonPath paid = pay(claim, "patient-payments", "RCPT-" + UUID.randomUUID(), "10.00", 201);
        assertThat(paid.getString("balance.status")).isEqualTo("PAID_IN_FULL");
        assertThat(paid.getString("balance.owed")).isEqualTo("0.00");
        assertThat(paid.getString("balance.patientPaid")).isEqualTo("22.00");
        assertThat(paid.getString("balance.refunded")).isEqualTo("2.00");
        assertThat(paid.getList("balance.entries")).hasSize(3);
        assertThat(ClaimFlow.claim(claim).getString("status")).isEqualTo("CLOSED");
        assertThat(ClaimFlow.claim(claim).getString("statusHistory[-1].reason")).contains("patient paid in full");
        assertThat(audited("patient-payment.post", claim)).as("two payments and one repeat").isEqualTo(3);
        assertThat(audited("patient-refund.post", claim)).isEqualTo(1);
        assertThat(audited("patient-balance.read", claim)).isEqualTo(1);
    }

    @Test
    void aCopayCollectedAtTheTimeOfServiceIsAppliedOnceWhenTheClaimAdjudicates() throws Exception {
        String claim = PatientClaims.submitted(bootstrapServers, payer, "Gina").claimId();
        String ref = "COPAY-" + UUID.randomUUID();
        JsonPath first = pay(claim, "copays", ref, "20.00", 201);
        assertThat(first.getString("balance.status")).isEqualTo("WITH_INSURANCE");
        assertThat(first.getString("balance.owed")).isEqualTo("0.00");
        assertThat(first.getString("balance.credit")).as("held, not a credit, while the payer has it")
                .isEqualTo("0.00");
        assertThat(first.getString("balance.patientPaid")).isEqualTo("20.00");
        assertThat(pay(claim, "copays", ref, "20.00", 200).getBoolean("repeated")).isTrue();
        pay(claim, "copays", ref, "25.00", 409);
        pay(claim, "copays", "COPAY-" + UUID.randomUUID(), "140.01", 422);
        pay(claim, "patient-payments", "RCPT-" + UUID.randomUUID(), "5.00", 422);

        PatientClaims.payerPays(bootstrapServers, payer, claim, "20.00");

        await().atMost(ClaimFlow.PATIENCE).until(() -> "CLOSED".equals(ClaimFlow.claim(claim).getString("status")));
        assertThat(ClaimFlow.claim(claim).getString("statusHistory[-1].reason")).contains("copay");
        JsonPath settled = given().get("/claims/{id}/patient-balance", claim).then().statusCode(200).extract()
                .jsonPath();
        assertThat(settled.getString("status")).isEqualTo("PAID_IN_FULL");
        assertThat(settled.getString("patientResponsibility")).isEqualTo("20.00");
        assertThat(settled.getString("owed")).isEqualTo("0.00");
        assertThat(settled.getList("entries")).hasSize(1);
        assertThat(settled.getString("entries[0].kind")).isEqualTo("COPAY");
        pay(claim, "copays", "COPAY-" + UUID.randomUUID(), "1.00", 422);
    }

    @Test
    void aCopayOfMoreThanThePatientsShareLeavesACreditToRefund() throws Exception {
        String claim = PatientClaims.submitted(bootstrapServers, payer, "Hana").claimId();
        pay(claim, "copays", "COPAY-" + UUID.randomUUID(), "30.00", 201);

        PatientClaims.payerPays(bootstrapServers, payer, claim, "20.00");

        await().atMost(ClaimFlow.PATIENCE).until(() -> "PAID".equals(ClaimFlow.claim(claim).getString("status")));
        JsonPath credit = given().get("/claims/{id}/patient-balance", claim).then().statusCode(200).extract()
                .jsonPath();
        assertThat(credit.getString("status")).isEqualTo("CREDIT");
        assertThat(credit.getString("credit")).isEqualTo("10.00");
        assertThat(credit.getString("owed")).isEqualTo("0.00");
        JsonPath refunded = pay(claim, "patient-refunds", "RF-" + UUID.randomUUID(), "10.00", 201);
        assertThat(refunded.getString("balance.credit")).isEqualTo("0.00");
        assertThat(refunded.getString("balance.status")).isEqualTo("PAID_IN_FULL");
        assertThat(ClaimFlow.claim(claim).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void thePatientBalanceTravelsOnTheClaimStatusFeed() throws Exception {
        String claim = paidByInsurance("Kim", "20.00");
        pay(claim, "patient-payments", "RCPT-" + UUID.randomUUID(), "12.00", 201);
        pay(claim, "patient-payments", "RCPT-" + UUID.randomUUID(), "8.00", 201);

        List<JsonNode> feed = await().atMost(ClaimFlow.PATIENCE).until(() -> statusEvents(claim),
                events -> events.stream().anyMatch(e -> "CLOSED".equals(e.get("toStatus").asText())));
        assertThat(feed).extracting(e -> e.get("fromStatus").asText() + ">" + e.get("toStatus").asText() + " "
                + e.get("responsibility").asText() + " " + e.get("patientBalance").asText())
                .containsSubsequence("SUBMITTED>PAID PATIENT 20.00", "PAID>PAID PATIENT 8.00",
                        "PAID>CLOSED PATIENT 0.00");
        JsonNode patientOnly = feed.stream().filter(e -> "PAID".equals(e.get("fromStatus").asText())
                && "PAID".equals(e.get("toStatus").asText())).findFirst().orElseThrow();
        assertThat(patientOnly.get("reason").asText()).contains("Patient payment of 12.00 posted")
                .contains("owes 8.00");
        feed.forEach(e -> EventAssertions.assertSchemaDescribes(GoldenEvents.CLAIM_STATUS_CHANGED, e));
    }

    private List<JsonNode> statusEvents(String claimId) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            return kafka.readKey(Topics.CLAIM_STATUS, claimId).stream().map(r -> JsonStructure.parse(r.value()))
                    .toList();
        }
    }

    @Test
    void aCopayCollectedAtCheckInBeforeTheClaimExistsIsEnteredOnTheClaimOnce() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("payerId", payer);
        String encounterId = encounter.get("encounterId").asText();
        String practice = encounter.get("billingProviderNpi").asText();
        String ref = "CHECKIN-" + UUID.randomUUID();
        JsonPath kept = checkIn(practice, encounterId, ref, "20.00", 201);
        assertThat(kept.getString("status")).isEqualTo("WAITING_FOR_CLAIM");
        assertThat(kept.getString("entry.kind")).isEqualTo("COPAY");
        assertThat(checkIn(practice, encounterId, ref, "20.00", 200).getBoolean("repeated")).isTrue();
        checkIn(practice, encounterId, ref, "25.00", 409);
        checkIn(practice, UUID.randomUUID().toString(), ref, "20.00", 409);

        String claim;
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            flow.sendEncounter(encounter, "corr-checkin");
            claim = flow.awaitClaimOf(encounterId);
            ClaimFlow.awaitStatus(claim, "SUBMITTED");
        }
        JsonPath held = given().get("/claims/{id}/patient-balance", claim).then().statusCode(200).extract()
                .jsonPath();
        assertThat(held.getList("entries")).hasSize(1);
        assertThat(held.getString("entries[0].reference")).isEqualTo(ref);
        assertThat(held.getString("entries[0].kind")).isEqualTo("COPAY");
        assertThat(held.getString("status")).isEqualTo("WITH_INSURANCE");
        JsonPath again = checkIn(practice, encounterId, ref, "20.00", 200);
        assertThat(again.getString("status")).isEqualTo("POSTED_TO_CLAIM");
        pay(claim, "patient-payments", ref, "20.00", 409);

        PatientClaims.payerPays(bootstrapServers, payer, claim, "20.00");
        await().atMost(ClaimFlow.PATIENCE).until(() -> "CLOSED".equals(ClaimFlow.claim(claim).getString("status")));
        assertThat(given().get("/claims/{id}/patient-balance", claim).then().statusCode(200).extract().jsonPath()
                .getString("status")).isEqualTo("PAID_IN_FULL");
    }

    static JsonPath checkIn(String practice, String encounterId, String reference, String amount, int status) {
        return given().contentType(ContentType.JSON).body(Map.of("encounterId", encounterId, "reference", reference,
                "amount", amount, "note", "CARD")).post("/patient-accounts/{npi}/copays", practice).then()
                .statusCode(status).extract().jsonPath();
    }

    @Test
    void twinsPostedAtOnceUnderOneReferencePostOnce() throws Exception {
        String claim = paidByInsurance("Erin", "20.00");
        String ref = "RCPT-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> twins = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                twins.add(pool.submit(() -> given().contentType(ContentType.JSON).body(Map.of("reference", ref,
                        "amount", "6.00")).post("/claims/{id}/patient-payments", claim).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> twin : twins) {
                statuses.add(twin.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200);
        } finally {
            pool.shutdown();
        }
        JsonPath balance = given().get("/claims/{id}/patient-balance", claim).then().statusCode(200).extract()
                .jsonPath();
        assertThat(balance.getList("entries")).hasSize(1);
        assertThat(balance.getString("owed")).isEqualTo("14.00");
    }

    @Test
    void smallBalancesAreWrittenOffAndTheArSplitsIntoInsuranceAndPatient() throws Exception {
        String leftByPayment = paidByInsurance("Bruno", "20.00");
        JsonPath paid = pay(leftByPayment, "patient-payments", "RCPT-" + UUID.randomUUID(), "16.50", 201);
        assertThat(paid.getString("writeOff.kind")).isEqualTo("WRITE_OFF");
        assertThat(paid.getString("writeOff.amount")).isEqualTo("3.50");
        assertThat(paid.getString("balance.status")).isEqualTo("WRITTEN_OFF");
        assertThat(ClaimFlow.claim(leftByPayment).getString("status")).isEqualTo("CLOSED");
        assertThat(audited("patient-balance.write-off", leftByPayment)).isEqualTo(1);

        String small = paidByInsurance("Carla", "3.00");
        String owing = paidByInsurance("Dario", "20.00");
        JsonPath metrics = given().queryParam("payerId", payer).get("/ar/metrics").then().statusCode(200).extract()
                .jsonPath();
        assertThat(metrics.getString("patientAccountsReceivable")).isEqualTo("23.00");
        assertThat(metrics.getString("insuranceAccountsReceivable")).isEqualTo("0.00");
        assertThat(metrics.getString("accountsReceivable")).isEqualTo("23.00");

        JsonPath run = given().post("/patient-accounts/{npi}/small-balance-write-offs", LAKESIDE).then()
                .statusCode(200).extract().jsonPath();
        assertThat(run.getString("threshold")).isEqualTo("5.00");
        assertThat(run.getList("writtenOff.claimId", String.class)).contains(small).doesNotContain(owing);
        assertThat(given().get("/claims/{id}/patient-balance", small).then().statusCode(200).extract().jsonPath()
                .getString("entries[0].amount")).isEqualTo("3.00");
        assertThat(audited("patient-balance.write-off", small)).isEqualTo(1);
        assertThat(given().queryParam("payerId", payer).get("/ar/metrics").then().statusCode(200).extract()
                .jsonPath().getString("patientAccountsReceivable")).isEqualTo("20.00");

        JsonPath aging = given().get("/ar/aging").then().statusCode(200).extract().jsonPath();
        assertThat(aging.getString("patient.total")).isNotEqualTo("0.00");
        assertThat(new BigDecimal(aging.getString("total"))).isEqualByComparingTo(
                new BigDecimal(aging.getString("insurance.total"))
                        .add(new BigDecimal(aging.getString("patient.total"))));
        given().post("/patient-accounts/{npi}/small-balance-write-offs", "9999999995").then().statusCode(403);
        // Prairie has a threshold of its own (application.properties, test profile).
        given().post("/patient-accounts/{npi}/small-balance-write-offs", TestPractices.PRAIRIE).then()
                .statusCode(200).body("threshold", org.hamcrest.Matchers.equalTo("25.00"));
    }

    private String paidByInsurance(String firstName, String patientShare) throws Exception {
        return PatientClaims.paidByInsurance(bootstrapServers, payer, firstName, patientShare).claimId();
    }

    static JsonPath pay(String claim, String what, String reference, String amount, int status) {
        return given().contentType(ContentType.JSON).body(Map.of("reference", reference, "amount", amount,
                "note", "CASH")).post("/claims/{id}/" + what, claim).then().statusCode(status).extract().jsonPath();
    }

    long audited(String action, String claimId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_record WHERE action = ? AND resource_id = ? AND outcome = 'SUCCESS'")) {
            s.setString(1, action);
            s.setString(2, claimId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
