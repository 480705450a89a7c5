package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.openrcm.code.application.CodingQueueService;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Coding from text, automatic coding, the coder queue and the edit tables, through REST and PostgreSQL. */
@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class CodingWorkflowTest {

    @Inject
    AgroalDataSource db;
    @Inject
    CodingQueueService queue;

    @Test
    void confidentSuggestionsAreAppliedAutomaticallyAndEmitted() {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        body.put("diagnoses", List.of(Map.of("text", "T2DM w/o complications"), Map.of("text", "HTN")));
        String id = post(body).statusCode(201).body("status", equalTo("CODED"))
                .body("diagnoses.code", contains("E119", "I10"))
                .body("diagnoses.codedBy", contains("AUTO", "AUTO"))
                .body("diagnoses.text", contains("T2DM w/o complications", "HTN"))
                .extract().path("encounterId");
        assertThat(Rows.eventsFor(db, id)).isEqualTo(1);
        given().get("/coding-queue/" + id).then().statusCode(200).body("audit.actor", contains("AUTO"))
                .body("suggestions.size()", greaterThan(1));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"coder", "ehr-integration"})
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
    void vagueTextWaitsForACoderWhoFinalizesIt() {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        body.put("diagnoses", List.of(Map.of("text", "sugar problem"), "I10"));
        body.put("payerId", "QUEUE-TEST");
        String id = post(body).statusCode(201).body("status", equalTo("NEEDS_REVIEW"))
                .body("reviewReason", equalTo("UNCODED_TEXT")).extract().path("encounterId");
        assertThat(Rows.eventsFor(db, id)).isZero();

        given().get("/coding-queue?payerId=QUEUE-TEST").then().statusCode(200)
                .body("items.encounterId", hasItem(id)).body("total", greaterThan(0));
        given().contentType("application/json").body(Map.of("coderId", "alice"))
                .post("/coding-queue/" + id + "/claim").then().statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("claimedBy", equalTo("alice"));
        given().contentType("application/json").body(Map.of("coderId", "alice"))
                .post("/coding-queue/" + id + "/release").then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW"));
        given().contentType("application/json").body(Map.of("coderId", "alice"))
                .post("/coding-queue/" + id + "/claim").then().statusCode(200);
        given().contentType("application/json").body(Map.of("coderId", "alice", "diagnoses", List.of("M54.5", "I10")))
                .post("/coding-queue/" + id + "/finalize").then().statusCode(422)
                .body("violations[0].pointer", equalTo("/diagnoses/0"));
        assertThat(Rows.eventsFor(db, id)).isZero();

        given().contentType("application/json").body(Map.of("coderId", "alice", "diagnoses", List.of("E11.65", "I10")))
                .post("/coding-queue/" + id + "/finalize").then().statusCode(200).body("status", equalTo("CODED"))
                .body("diagnoses.codedBy", contains("CODER:alice", "EHR"));
        assertThat(Rows.eventsFor(db, id)).isEqualTo(1);
        // Stored as finalized: the coder's diagnosis replaced the text one, and the encounter row says CODED.
        assertThat(Rows.count(db, "SELECT count(*) FROM encounter_diagnosis WHERE encounter_id::text = ?"
                + " AND code = 'E1165' AND coded_by = 'CODER:alice' AND sequence_number = 1", id)).isEqualTo(1);
        assertThat(Rows.count(db, "SELECT count(*) FROM encounter_diagnosis WHERE encounter_id::text = ?", id))
                .isEqualTo(2);
        assertThat(Rows.count(db, "SELECT count(*) FROM encounter WHERE id::text = ? AND status = 'CODED'"
                + " AND claimed_by = 'alice' AND coded_at IS NOT NULL AND review_reason IS NULL", id)).isEqualTo(1);
        given().get("/coding-queue/" + id).then().statusCode(200)
                .body("audit.action", contains("CLAIMED", "RELEASED", "CLAIMED", "FINALIZED"))
                .body("audit[3].actor", equalTo("CODER:alice"));
        given().get("/coding-queue?payerId=QUEUE-TEST").then().statusCode(200).body("items.encounterId",
                Matchers.not(hasItem(id)));
    }

    @Test
    @TestSecurity(user = "bob", roles = {"coder", "ehr-integration"})
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
    void theCoderIsTheSignedInCallerNeverTheTypedCoderId() {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        body.put("diagnoses", List.of(Map.of("text", "sugar problem"), "I10"));
        String id = post(body).statusCode(201).extract().path("encounterId");
        queue.claim(UUID.fromString(id), "alice");
        // Bob types alice's name: it is ignored, bob is the coder, and alice holds the encounter.
        given().contentType("application/json").body(Map.of("coderId", "alice"))
                .post("/coding-queue/" + id + "/claim").then().statusCode(409);
        given().contentType("application/json").body(Map.of("coderId", "alice"))
                .post("/coding-queue/" + id + "/release").then().statusCode(409);
        Map<String, Object> second = EncounterRequests.json(EncounterRequests.newEhrId());
        second.put("diagnoses", List.of(Map.of("text", "sugar problem"), "I10"));
        String other = post(second).statusCode(201).extract().path("encounterId");
        given().contentType("application/json").body(Map.of("coderId", "mallory"))
                .post("/coding-queue/" + other + "/claim").then().statusCode(200).body("claimedBy", equalTo("bob"));
    }

    @Test
    void ncciPairsFromTheTablesSendAnEncounterToReviewAndWarningsTravelWithTheEvent() {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        EncounterRequests.line(body, 0).put("code", "80053");
        EncounterRequests.line(body, 0).put("modifiers", List.of());
        EncounterRequests.line(body, 1).put("code", "80048");
        post(body).statusCode(201).body("status", equalTo("NEEDS_REVIEW"))
                .body("findings.editId", contains("NCCI-PTP"));

        Map<String, Object> warned = EncounterRequests.json(EncounterRequests.newEhrId());
        EncounterRequests.line(warned, 0).put("modifiers", List.of());
        EncounterRequests.line(warned, 1).put("code", "90471");
        String id = post(warned).statusCode(201).body("status", equalTo("CODED"))
                .body("findings.editId", contains("EM-WITHOUT-25")).extract().path("encounterId");
        String payload = Rows.payloadOf(db, id);
        assertThat(payload).contains("\"editId\":\"EM-WITHOUT-25\"").contains("\"severity\":\"WARNING\"")
                .contains("\"lineNumber\":1");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        byte[] body = new byte[9_000_000];
        Arrays.fill(body, (byte) ' ');
        given().contentType("application/json").body(body).post("/encounters").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aBatchOfTextEncountersLeavesEachItsOwnAutoCodingAuditAndSuggestions() {
        Map<String, Object> confident = EncounterRequests.json(EncounterRequests.newEhrId());
        confident.put("diagnoses", List.of(Map.of("text", "T2DM w/o complications"), Map.of("text", "HTN")));
        Map<String, Object> vague = EncounterRequests.json(EncounterRequests.newEhrId());
        vague.put("diagnoses", List.of(Map.of("text", "sugar problem"), "I10"));
        Map<String, Object> coded = EncounterRequests.json(EncounterRequests.newEhrId());

        List<String> ids = given().contentType("application/json")
                .body(Map.of("encounters", List.of(confident, vague, coded))).post("/encounters/batch").then()
                .statusCode(200).body("results.status", contains(201, 201, 201))
                .body("results.encounter.status", contains("CODED", "NEEDS_REVIEW", "CODED"))
                .extract().path("results.encounter.encounterId");

        UUID auto = UUID.fromString(ids.get(0));
        UUID waiting = UUID.fromString(ids.get(1));
        UUID clean = UUID.fromString(ids.get(2));
        // Audited at the moment the encounter was received, to the stored microsecond.
        assertThat(Rows.count(db, "SELECT count(*) FROM coding_audit a JOIN encounter e ON e.id = a.encounter_id"
                + " WHERE a.encounter_id = ? AND a.actor = 'AUTO' AND a.action = 'AUTO_CODED'"
                + " AND a.at = e.received_at AND a.after_state LIKE '%E119%'", auto)).isEqualTo(1);
        assertThat(Rows.count(db, "SELECT count(*) FROM coding_audit WHERE encounter_id = ?", waiting)).isZero();
        assertThat(Rows.count(db, "SELECT count(*) FROM coding_audit WHERE encounter_id = ?", clean)).isZero();
        assertThat(Rows.count(db, "SELECT count(*) FROM coding_suggestion WHERE encounter_id = ?", auto))
                .isGreaterThan(1);
        assertThat(Rows.count(db, "SELECT count(*) FROM coding_suggestion WHERE encounter_id = ?", clean)).isZero();
        given().get("/coding-queue/" + auto).then().statusCode(200).body("audit.actor", contains("AUTO"))
                .body("suggestions.size()", equalTo((int) Rows.count(db,
                        "SELECT count(*) FROM coding_suggestion WHERE encounter_id = ?", auto)));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/encounters").then();
    }
}
