package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class EncounterResourceTest {

    @Inject
    AgroalDataSource db;

    @Test
    void createsAnEncounterAndReadsItBack() {
        String ehrId = EncounterRequests.newEhrId();
        ExtractableResponse<Response> created = post(EncounterRequests.json(ehrId), "corr-" + ehrId)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header(CorrelationIds.HEADER, "corr-" + ehrId)
                .body("ehrEncounterId", equalTo(ehrId))
                .body("status", equalTo("CODED"))
                .body("correlationId", equalTo("corr-" + ehrId))
                .body("diagnoses.code", contains("E119", "I10"))
                .body("serviceLines.code", contains("99213", "G0008"))
                .body("serviceLines.codeSystem", contains("CPT", "HCPCS"))
                .body("serviceLines[0].modifiers", contains("25"))
                .body("serviceLines.codedBy", contains("EHR", "EHR"))
                .extract();
        String id = created.path("encounterId");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.header("Location")).endsWith("/encounters/" + id);

        given().get("/encounters/{id}", id).then()
                .statusCode(200)
                .body("encounterId", equalTo(id))
                .body("ehrEncounterId", equalTo(ehrId))
                .body("dateOfService", equalTo(EncounterRequests.DATE_OF_SERVICE))
                .body("diagnoses.sequence", contains(1, 2))
                .body("serviceLines[0].diagnosisPointers", contains(1, 2))
                .body("createdAt", equalTo(created.path("createdAt")));
        given().queryParam("ehrEncounterId", ehrId).get("/encounters").then()
                .statusCode(200).body("encounterId", equalTo(id));
        assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(1);
        assertThat(Rows.count(db, "SELECT count(*) FROM encounter_service_line WHERE encounter_id = ?",
                UUID.fromString(id))).isEqualTo(2);
    }

    @Test
    void generatesACorrelationIdWhenNoneIsSent() {
        String correlationId = given().contentType(ContentType.JSON).body(EncounterRequests.json(
                EncounterRequests.newEhrId())).post("/encounters").then().statusCode(201)
                .extract().path("correlationId");
        assertThat(UUID.fromString(correlationId)).isNotNull();
    }

    @Test
    void aRetryAnswersTheFirstResultAndCreatesNothing() {
        String ehrId = EncounterRequests.newEhrId();
        Map<String, Object> body = EncounterRequests.json(ehrId);
        String id = post(body, "first").statusCode(201).extract().path("encounterId");
        Map<String, Long> before = Rows.counts(db);

        // Same meaning, other spelling: E119 for E11.9, lower-case code, reordered fields do not matter.
        body.put("diagnoses", List.of("E119", "I10"));
        EncounterRequests.line(body, 1).put("code", "g0008");
        post(body, "second").statusCode(200)
                .body("encounterId", equalTo(id))
                .body("correlationId", equalTo("first"));

        assertThat(Rows.counts(db)).isEqualTo(before);
    }

    @Test
    void theSameIdWithDifferentContentIsAConflict() {
        String ehrId = EncounterRequests.newEhrId();
        Map<String, Object> body = EncounterRequests.json(ehrId);
        post(body, null).statusCode(201);
        EncounterRequests.line(body, 0).put("units", 2);
        Map<String, Long> before = Rows.counts(db);

        post(body, null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-conflict"))
                .body("status", equalTo(409));
        assertThat(Rows.counts(db)).isEqualTo(before);
    }

    @Test
    void anInvalidBodyIsRefusedWithEveryPointerAndStoresNothing() {
        String ehrId = EncounterRequests.newEhrId();
        Map<String, Object> body = EncounterRequests.json(ehrId);
        EncounterRequests.patient(body).put("sex", "Q");
        body.put("renderingProviderNpi", "1234567890");
        body.put("diagnoses", List.of("E11.9", "I10", "E119"));
        EncounterRequests.line(body, 1).put("diagnosisPointers", List.of(1, 4));
        EncounterRequests.line(body, 1).put("modifiers", List.of("LT", "X"));
        Map<String, Long> before = Rows.counts(db);

        post(body, null).statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-request"))
                .body("violations.pointer", contains("/patient/sex", "/renderingProviderNpi", "/diagnoses/2",
                        "/serviceLines/1/modifiers/1", "/serviceLines/1/diagnosisPointers/1"));

        assertThat(Rows.counts(db)).isEqualTo(before);
        assertThat(Rows.encountersFor(db, ehrId)).isZero();
    }

    @Test
    void anEncounterWithEditErrorsIsStoredForReviewAndNotEmitted() {
        String ehrId = EncounterRequests.newEhrId();
        Map<String, Object> body = EncounterRequests.json(ehrId);
        // Z99.99 and G9999 are in no version of ICD-10-CM or HCPCS.
        body.put("diagnoses", List.of("E11.9", "Z99.99"));
        EncounterRequests.line(body, 1).put("code", "G9999");
        Map<String, Long> before = Rows.counts(db);

        String id = post(body, null).statusCode(201)
                .body("status", equalTo("NEEDS_REVIEW"))
                .body("reviewReason", equalTo("EDIT_ERRORS"))
                .body("findings.editId", contains("CS-UNKNOWN-CODE", "CS-UNKNOWN-CODE"))
                .body("findings.severity", contains("ERROR", "ERROR"))
                .body("findings[0].diagnosisSequence", equalTo(2))
                .body("findings[0].message", startsWith("ICD-10-CM code Z99.99 is not in the loaded code set"))
                .body("findings[1].lineNumber", equalTo(2))
                .extract().path("encounterId");

        Map<String, Long> after = Rows.counts(db);
        assertThat(after.get("encounter")).isEqualTo(before.get("encounter") + 1);
        assertThat(Rows.eventsFor(db, id)).isZero();
    }

    @Test
    void aCodeIsCheckedAgainstTheCodeSetInEffectOnTheDateOfService() {
        // B373 was deleted from ICD-10-CM on 2022-10-01 (FY2023 addenda); the starter set ends it on 2022-09-30.
        Map<String, Object> retired = EncounterRequests.json(EncounterRequests.newEhrId());
        retired.put("diagnoses", List.of("B37.3"));
        EncounterRequests.line(retired, 0).put("diagnosisPointers", List.of(1));
        post(retired, null).statusCode(201).body("status", equalTo("NEEDS_REVIEW"))
                .body("findings.editId", contains("CS-NOT-IN-EFFECT"))
                .body("findings[0].message", startsWith("ICD-10-CM code B37.3 is not in effect"));

        retired.put("ehrEncounterId", EncounterRequests.newEhrId());
        retired.put("dateOfService", "2022-06-01");
        post(retired, null).statusCode(201).body("status", equalTo("CODED")).body("diagnoses.code", contains("B373"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"ehrEncounterId\": \"X\", \"diagnoses\": [").post("/encounters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", endsWith("/malformed-json"));
        given().contentType(ContentType.JSON).body("{\"serviceLines\": [{\"units\": \"many\"}]}").post("/encounters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.pointer", hasItem("/serviceLines/0/units"));
        // A number no service has: a located 400, never a 500.
        for (String units : new String[] {"1E600000000", "1E-600000000", "1e999999999999"}) {
            given().contentType(ContentType.JSON).body("{\"serviceLines\": [{\"units\": " + units + "}]}")
                    .post("/encounters").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.pointer", hasItem("/serviceLines/0/units"));
        }
    }

    @Test
    void aMissingEncounterIsAProblem() {
        given().get("/encounters/{id}", UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        given().get("/encounters/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("ehrEncounterId", "never-sent").get("/encounters").then().statusCode(404);
    }

    @Test
    void aBadCorrelationHeaderIsRefused() {
        post(EncounterRequests.json(EncounterRequests.newEhrId()), "has spaces and ; semicolons").statusCode(400)
                .body("violations.pointer", contains("header:X-Correlation-Id"));
    }

    private static ValidatableResponse post(Map<String, Object> body, String correlationId) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (correlationId != null) {
            request.header(CorrelationIds.HEADER, correlationId);
        }
        return request.post("/encounters").then();
    }
}
