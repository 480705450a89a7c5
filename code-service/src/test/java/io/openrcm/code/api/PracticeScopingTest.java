package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.openrcm.code.application.EncounterService;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An EHR client of Lakeside cannot post for, read, list, search, code or guess Prairie's encounters; every read and
 * every refusal is audited with the caller and the patient.
 */
@CodeServiceTest
@TestSecurity(user = "ehr.lakeside", roles = {"ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_LAKESIDE, type = ClaimType.JSON_ARRAY))
class PracticeScopingTest {

    static String prairieId;
    static String prairieEhrId;

    @Inject
    AgroalDataSource db;
    @Inject
    EncounterService encounters;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    /** A Prairie encounter waiting for a coder, stored through the use case (this caller could not post it). */
    @BeforeEach
    void aPrairieEncounter() throws Exception {
        if (prairieId != null) {
            return;
        }
        prairieEhrId = EncounterRequests.newEhrId();
        Map<String, Object> body = prairie(prairieEhrId);
        body.put("diagnoses", List.of(Map.of("text", "sugar problem"), "I10"));
        EncounterRequest request = mapper.convertValue(body, EncounterRequest.class);
        prairieId = encounters.code(new EncounterRequestValidator(clock).validate(request), "corr-prairie")
                .encounter().id().toString();
    }

    @Test
    void postingForAnotherPracticeIs403NamingItAndStoresNothing() {
        String ehrId = EncounterRequests.newEhrId();
        given().contentType("application/json").header("X-Correlation-Id", "corr-scope-post").body(prairie(ehrId))
                .post("/encounters").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(TestPractices.PRAIRIE));
        assertThat(Rows.count(db, "SELECT count(*) FROM encounter WHERE ehr_encounter_id = ?", ehrId)).isZero();
        assertThat(Rows.count(db, "SELECT count(*) FROM audit_record WHERE correlation_id = 'corr-scope-post'"
                + " AND outcome = 'REFUSED' AND practice = ? AND patient_id = 'MRN-884201'",
                TestPractices.PRAIRIE)).isEqualTo(1);
        given().contentType("application/json").body(Map.of("encounters", List.of(prairie(ehrId))))
                .post("/encounters/batch").then().statusCode(200).body("results[0].status", equalTo(403));
        assertThat(Rows.count(db, "SELECT count(*) FROM encounter WHERE ehr_encounter_id = ?", ehrId)).isZero();
    }

    @Test
    void anotherPracticesEncounterCannotBeReadOrFoundOrListed() {
        given().get("/encounters/{id}", prairieId).then().statusCode(404);
        given().queryParam("ehrEncounterId", prairieEhrId).get("/encounters").then().statusCode(404);
        given().get("/coding-queue?limit=500").then().statusCode(200)
                .body("items.encounterId", not(hasItem(prairieId)));
        given().get("/coding-queue/{id}", prairieId).then().statusCode(404);
    }

    @Test
    void anotherPracticesEncounterCannotBeCoded() {
        given().contentType("application/json").body(Map.of()).post("/coding-queue/{id}/claim", prairieId).then()
                .statusCode(404);
        given().contentType("application/json").body(Map.of()).post("/coding-queue/{id}/release", prairieId)
                .then().statusCode(404);
        given().contentType("application/json").body(Map.of("diagnoses", List.of("E11.9", "I10")))
                .post("/coding-queue/{id}/finalize", prairieId).then().statusCode(404);
    }

    @Test
    void theOwnPracticesEncounterIsReadAndTheReadAudited() {
        String id = given().contentType("application/json").body(EncounterRequests.json(EncounterRequests.newEhrId()))
                .post("/encounters").then().statusCode(201).extract().path("encounterId");
        given().header("X-Correlation-Id", "corr-scope-read").get("/encounters/{id}", id).then().statusCode(200);
        assertThat(Rows.count(db, "SELECT count(*) FROM audit_record WHERE correlation_id = 'corr-scope-read'"
                + " AND action = 'encounter.read' AND subject = 'ehr.lakeside' AND patient_id = 'MRN-884201'"
                + " AND resource_id = ? AND outcome = 'SUCCESS'", id)).isEqualTo(1);
        assertThat(Rows.count(db, "SELECT count(*) FROM audit_record WHERE action = 'encounter.create'"
                + " AND resource_id = ?", id)).isEqualTo(1);
    }

    private static Map<String, Object> prairie(String ehrId) {
        Map<String, Object> body = EncounterRequests.json(ehrId);
        body.put("billingProviderNpi", TestPractices.PRAIRIE);
        return body;
    }
}
