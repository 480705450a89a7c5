package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.openrcm.code.application.BatchItem;
import io.openrcm.code.application.EncounterBatchService;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class EncounterBatchTest {

    @Inject
    AgroalDataSource db;
    @Inject
    EncounterBatchService batches;
    @Inject
    Clock clock;

    @Test
    void judgesEachEncounterOnItsOwn() {
        String known = EncounterRequests.newEhrId();
        String knownId = given().contentType(ContentType.JSON).body(EncounterRequests.json(known))
                .post("/encounters").then().statusCode(201).extract().path("encounterId");
        Map<String, Object> conflicting = EncounterRequests.json(known);
        conflicting.put("placeOfService", "22");
        Map<String, Object> invalid = EncounterRequests.json(EncounterRequests.newEhrId());
        invalid.put("billingProviderNpi", "1234567890");
        EncounterRequests.line(invalid, 0).put("units", 0);
        Map<String, Object> unknownCode = EncounterRequests.json(EncounterRequests.newEhrId());
        unknownCode.put("diagnoses", List.of("E11.9", "Z99.99"));
        Map<String, Object> malformed = EncounterRequests.json(EncounterRequests.newEhrId());
        EncounterRequests.line(malformed, 1).put("diagnosisPointers", List.of(1.5));
        String fresh = EncounterRequests.newEhrId();

        List<Object> items = new ArrayList<>(List.of(EncounterRequests.json(fresh), EncounterRequests.json(known),
                conflicting, invalid, unknownCode, malformed, EncounterRequests.json(fresh)));
        Map<String, Long> before = Rows.counts(db);

        JsonPath result = given().contentType(ContentType.JSON).body(Map.of("encounters", items))
                .post("/encounters/batch").then().statusCode(200)
                .body("results.status", contains(201, 200, 409, 400, 201, 400, 200))
                .body("results.index", contains(0, 1, 2, 3, 4, 5, 6))
                .body("created", equalTo(2)).body("replayed", equalTo(2)).body("rejected", equalTo(3))
                .body("results[1].encounter.encounterId", equalTo(knownId))
                .body("results[2].problem.type", endsWith("/idempotency-conflict"))
                .body("results[3].problem.violations.pointer",
                        contains("/billingProviderNpi", "/serviceLines/0/units"))
                .body("results[4].encounter.status", equalTo("NEEDS_REVIEW"))
                .body("results[4].encounter.findings.editId", contains("CS-UNKNOWN-CODE"))
                .body("results[4].encounter.findings.diagnosisSequence", contains(2))
                .body("results[5].problem.type", endsWith("/malformed-json"))
                .body("results[5].problem.violations.pointer", contains("/serviceLines/1/diagnosisPointers/0"))
                .extract().jsonPath();

        String freshId = result.getString("results[0].encounter.encounterId");
        assertThat(result.getString("results[6].encounter.encounterId")).isEqualTo(freshId);
        Map<String, Long> after = Rows.counts(db);
        // The encounter with an unknown code is stored for a coder, and not emitted.
        assertThat(after.get("encounter")).isEqualTo(before.get("encounter") + 2);
        assertThat(after.get("outbox_event")).isEqualTo(before.get("outbox_event") + 1);
        assertThat(Rows.encountersFor(db, fresh)).isEqualTo(1);
        assertThat(Rows.eventsFor(db, freshId)).isEqualTo(1);
    }

    @Test
    void storesManyNewEncountersInOneRequest() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(EncounterRequests.json(EncounterRequests.newEhrId()));
        }
        Map<String, Long> before = Rows.counts(db);
        given().contentType(ContentType.JSON).body(Map.of("encounters", items)).post("/encounters/batch").then()
                .statusCode(200).body("created", equalTo(200));
        Map<String, Long> after = Rows.counts(db);
        assertThat(after.get("encounter") - before.get("encounter")).isEqualTo(200);
        assertThat(after.get("encounter_service_line") - before.get("encounter_service_line")).isEqualTo(400);
        assertThat(after.get("outbox_event") - before.get("outbox_event")).isEqualTo(200);
    }

    @Test
    void refusesAnEmptyOrOversizedBatch() {
        given().contentType(ContentType.JSON).body(Map.of("encounters", List.of())).post("/encounters/batch").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", contains("/encounters"));
        List<Object> tooMany = new ArrayList<>();
        Map<String, Object> one = EncounterRequests.json("EHR-X");
        for (int i = 0; i < 501; i++) {
            tooMany.add(one);
        }
        given().contentType(ContentType.JSON).body(Map.of("encounters", tooMany)).post("/encounters/batch").then()
                .statusCode(400).body("violations.pointer", contains("/encounters"));
    }

    @Test
    void aBatchWhoseAuditFailsStoresNoEncounterAndNoAuditRecord() {
        String ehrId = EncounterRequests.newEhrId();
        BatchItem item = BatchItem.valid(new EncounterRequestValidator(clock).validate(EncounterRequests.valid(ehrId)),
                "corr-" + ehrId);

        // The audit is written inside the batch's transaction: when it fails, the encounters roll back with it.
        assertThatThrownBy(() -> batches.codeAll(List.of(item), outcomes -> {
            throw new IllegalStateException("audit store down");
        })).hasMessageContaining("audit store down");

        assertThat(Rows.encountersFor(db, ehrId)).isZero();
        assertThat(Rows.count(db, "SELECT count(*) FROM audit_record WHERE correlation_id = ?", "corr-" + ehrId))
                .isZero();
    }

    @Test
    void decidesEveryKeyAgainstWhatWasStoredAndWhatTheBatchItselfCreated() {
        String coded = EncounterRequests.newEhrId();
        Map<String, Object> codedFirst = given().contentType(ContentType.JSON).body(EncounterRequests.json(coded))
                .post("/encounters").then().statusCode(201).extract().jsonPath().getMap("");
        Map<String, Object> queuedBody = EncounterRequests.json(EncounterRequests.newEhrId());
        queuedBody.put("diagnoses", List.of("E11.9", "Z99.99"));
        Map<String, Object> queuedFirst = given().contentType(ContentType.JSON).body(queuedBody).post("/encounters")
                .then().statusCode(201).body("status", equalTo("NEEDS_REVIEW")).extract().jsonPath().getMap("");
        Map<String, Object> codedElsewhere = EncounterRequests.json(coded);
        codedElsewhere.put("billingProviderNpi", TestPractices.PRAIRIE);
        Map<String, Object> codedChanged = EncounterRequests.json(coded);
        codedChanged.put("placeOfService", "22");
        String fresh = EncounterRequests.newEhrId();
        Map<String, Object> freshChanged = EncounterRequests.json(fresh);
        EncounterRequests.line(freshChanged, 0).put("units", 2);
        Map<String, Long> before = Rows.counts(db);

        JsonPath result = given().contentType(ContentType.JSON).body(Map.of("encounters", List.of(
                EncounterRequests.json(coded), codedChanged, queuedBody, EncounterRequests.json(fresh),
                freshChanged, EncounterRequests.json(fresh), codedElsewhere))).post("/encounters/batch").then()
                .statusCode(200).body("results.status", contains(200, 409, 200, 201, 409, 200, 201))
                .body("results[1].problem.type", endsWith("/idempotency-conflict"))
                .body("results[4].problem.type", endsWith("/idempotency-conflict"))
                .extract().jsonPath();

        // A retry answers with the stored encounter as its first request did: every field, findings included.
        assertThat(result.getMap("results[0].encounter")).isEqualTo(codedFirst);
        assertThat(result.getMap("results[2].encounter")).isEqualTo(queuedFirst);
        String freshId = result.getString("results[3].encounter.encounterId");
        assertThat(result.getString("results[5].encounter.encounterId")).isEqualTo(freshId);
        String elsewhereId = result.getString("results[6].encounter.encounterId");
        assertThat(elsewhereId).isNotEqualTo(codedFirst.get("encounterId")).isNotEqualTo(freshId);
        assertThat(result.getString("results[6].encounter.billingProviderNpi")).isEqualTo(TestPractices.PRAIRIE);
        Map<String, Long> after = Rows.counts(db);
        assertThat(after.get("encounter")).isEqualTo(before.get("encounter") + 2);
        assertThat(after.get("outbox_event")).isEqualTo(before.get("outbox_event") + 2);
        assertThat(Rows.encountersFor(db, coded)).isEqualTo(2);
        assertThat(Rows.encountersFor(db, fresh)).isEqualTo(1);
        assertThat(Rows.count(db, "SELECT count(*) FROM encounter_service_line l JOIN encounter e"
                + " ON e.id = l.encounter_id WHERE e.ehr_encounter_id = ? AND l.units = 2", fresh)).isZero();
    }
}
