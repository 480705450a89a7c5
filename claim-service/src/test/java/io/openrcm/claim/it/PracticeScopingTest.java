package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A biller of Lakeside cannot read, list, search, change or guess Prairie's claims, on every claim endpoint; a claim
 * of another practice is 404 by id (its existence is not revealed), absent from pages, "unknown" in balances.
 */
@QuarkusTest
// administrator too: the one-time setup registers a payer of its own (reference data); scoping is by practice.
@TestSecurity(user = "biller.lakeside", roles = {"biller", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_LAKESIDE, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class PracticeScopingTest {

    static String payer;
    static String lakesideClaim;
    static String lakesideEncounter;
    static String prairieClaim;
    static String prairieEncounter;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    /** One claim of each practice, both of one payer of their own, made once through the event path. */
    @BeforeEach
    void oneClaimPerPractice() throws Exception {
        if (payer != null) {
            return;
        }
        String newPayer = "SCOPE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Scoping Test Payer", "claimFilingIndicator", "CI", "timelyFilingDays", 3650))
                .when().put("/payers/{id}", newPayer).then().statusCode(201);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            lakesideEncounter = send(flow, newPayer, TestPractices.LAKESIDE);
            prairieEncounter = send(flow, newPayer, TestPractices.PRAIRIE);
        }
        // Read from the table: through the API this Lakeside caller could not wait for Prairie's claim.
        lakesideClaim = await().atMost(ClaimFlow.PATIENCE).until(() -> claimOf(lakesideEncounter), id -> id != null);
        prairieClaim = await().atMost(ClaimFlow.PATIENCE).until(() -> claimOf(prairieEncounter), id -> id != null);
        payer = newPayer;
    }

    private static String send(ClaimFlow flow, String payerId, String npi) throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("payerId", payerId);
        encounter.put("billingProviderNpi", npi);
        flow.sendEncounter(encounter, "corr-scope");
        return encounter.get("encounterId").asText();
    }

    private String claimOf(String encounterId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM claim WHERE encounter_id = ?")) {
            ps.setObject(1, UUID.fromString(encounterId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void anotherPracticesClaimIsNotFoundByIdAndTheOwnIs() {
        given().when().get("/claims/{id}", prairieClaim).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/claims/{id}", lakesideClaim).then().statusCode(200)
                .body("billingProviderNpi", equalTo(TestPractices.LAKESIDE));
    }

    @Test
    void listsAndSearchesShowOnlyTheOwnPractice() {
        JsonPath page = given().queryParam("payerId", payer).when().get("/claims").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getList("items.claimId")).containsExactly(lakesideClaim);
        assertThat(given().queryParam("encounterId", prairieEncounter).when().get("/claims").then().statusCode(200)
                .extract().jsonPath().getInt("total")).isZero();
        assertThat(given().when().get("/claims?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.billingProviderNpi", String.class)).containsOnly(TestPractices.LAKESIDE);
        assertThat(given().when().get("/work-queue?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.billingProviderNpi", String.class)).doesNotContain(TestPractices.PRAIRIE);
    }

    @Test
    void anotherPracticesClaimCannotBeChanged() {
        given().post("/claims/{id}/scrub", prairieClaim).then().statusCode(404);
        given().post("/claims/{id}/close", prairieClaim).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("placeOfService", "22"))
                .put("/claims/{id}/corrections", prairieClaim).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).post("/claims/{id}/replacement", prairieClaim)
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).post("/claims/{id}/void", prairieClaim)
                .then().statusCode(404);
        given().queryParam("billingProviderNpi", TestPractices.PRAIRIE).post("/work-queue/rescrub").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(TestPractices.PRAIRIE));
    }

    @Test
    void balancesAndReceivablesLeaveTheOtherPracticeOut() {
        JsonPath balances = given().contentType(ContentType.JSON)
                .body(Map.of("claimIds", List.of(lakesideClaim, prairieClaim))).post("/claims/balances").then()
                .statusCode(200).extract().jsonPath();
        assertThat(balances.getList("items.claimId")).containsExactly(lakesideClaim);
        assertThat(balances.getList("unknown")).containsExactly(prairieClaim);
        JsonPath aging = given().queryParam("asOf", "2030-01-01").get("/ar/aging").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> ofPayer = aging.getMap("payers.find { it.payerId == '" + payer + "' }");
        assertThat(ofPayer).isNotNull();
        // One claim of each practice, same charge: the payer's total is the Lakeside claim's alone.
        assertThat(ofPayer.get("total")).isEqualTo(given().get("/claims/{id}", lakesideClaim).then().extract()
                .jsonPath().getString("balance.outstanding"));
    }

    @Test
    void anotherPracticesPatientSideIsNotFoundNorReachable() throws Exception {
        given().get("/claims/{id}/patient-balance", prairieClaim).then().statusCode(404);
        Map<String, String> money = Map.of("reference", "RCPT-" + UUID.randomUUID(), "amount", "1.00");
        given().contentType(ContentType.JSON).body(money).post("/claims/{id}/patient-payments", prairieClaim).then()
                .statusCode(404);
        given().contentType(ContentType.JSON).body(money).post("/claims/{id}/patient-refunds", prairieClaim).then()
                .statusCode(404);
        String prairiePatient = patientOf(prairieClaim);
        given().get("/patient-accounts/{npi}/{patient}", TestPractices.PRAIRIE, prairiePatient).then()
                .statusCode(403).contentType("application/problem+json");
        given().get("/patient-accounts/{npi}/{patient}/statement", TestPractices.PRAIRIE, prairiePatient).then()
                .statusCode(403);
        given().post("/patient-accounts/{npi}/statement-runs", TestPractices.PRAIRIE).then().statusCode(403);
        given().post("/patient-accounts/{npi}/small-balance-write-offs", TestPractices.PRAIRIE).then()
                .statusCode(403);
        // A patient id is the practice's own: Prairie's patient is nobody at Lakeside.
        given().get("/patient-accounts/{npi}/{patient}", TestPractices.LAKESIDE, prairiePatient).then()
                .statusCode(404);
        given().get("/patient-accounts/{npi}/{patient}", TestPractices.LAKESIDE, patientOf(lakesideClaim)).then()
                .statusCode(200).body("claims.claimId", org.hamcrest.Matchers.contains(lakesideClaim));
    }

    private String patientOf(String claimId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT patient_id FROM claim WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(claimId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void anotherPracticesSubmissionFileIsNotFoundNorListed() throws Exception {
        String submission = await().atMost(ClaimFlow.PATIENCE).until(() -> submissionOf(prairieClaim),
                id -> id != null);
        given().get("/submissions/{id}", submission).then().statusCode(404);
        given().get("/submissions/{id}/summary", submission).then().statusCode(404);
        assertThat(given().queryParam("payerId", payer).get("/submissions").then().statusCode(200).extract()
                .jsonPath().getList("items.submissionId")).doesNotContain(submission);
    }

    private String submissionOf(String claimId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT submission_id FROM submission_claim WHERE claim_id = ?")) {
            ps.setObject(1, UUID.fromString(claimId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    @TestSecurity(user = "nobody", roles = {"biller", "administrator"})
    void aCallerWithoutPracticesSeesNothing() {
        given().when().get("/claims/{id}", lakesideClaim).then().statusCode(404);
        assertThat(given().when().get("/claims").then().statusCode(200).extract().jsonPath().getInt("total"))
                .isZero();
    }
}
