package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The idempotency key of an encounter is the practice's and its EHR id: practice B's EHR posting an id practice A's
 * EHR already used gets its own new encounter (then its own replay), never a 409 that would tell it A's exists, and
 * A's replay still answers A's original. Real tokens of the realm's ehr-lakeside and ehr-prairie clients.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "code"))
@WithTestResource(KeycloakTestResource.class)
class EncounterKeyPerPracticeTest {

    @Inject
    AgroalDataSource db;

    private static Map<String, Object> lakeside(String ehrId) {
        Map<String, Object> body = EncounterRequests.json(ehrId);
        body.put("patient", Map.of("id", "MRN-KEY-A", "firstName", "Alma", "lastName", "Lakesider",
                "birthDate", "1960-02-03", "sex", "F"));
        return body;
    }

    private static Map<String, Object> prairie(String ehrId) {
        Map<String, Object> body = EncounterRequests.json(ehrId);
        body.put("billingProviderNpi", TestPractices.PRAIRIE);
        body.put("patient", Map.of("id", "MRN-KEY-B", "firstName", "Bert", "lastName", "Prairieson",
                "birthDate", "1980-05-06", "sex", "M"));
        return body;
    }

    private static Response post(String token, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/encounters");
    }

    private static String a() {
        return TestTokens.forRole("ehr-integration");
    }

    private static String b() {
        return TestTokens.forRoleOfPrairie("ehr-integration");
    }

    @Test
    void practiceBsPostOfAnIdPracticeAUsedIsBsOwnEncounterAndAsReplayStillAnswersAs() {
        String ehrId = EncounterRequests.newEhrId();
        String ofA = post(a(), lakeside(ehrId)).then().statusCode(201).extract().path("encounterId");

        Response first = post(b(), prairie(ehrId));
        first.then().statusCode(201).body("billingProviderNpi", equalTo(TestPractices.PRAIRIE));
        String ofB = first.path("encounterId");
        assertThat(ofB).isNotEqualTo(ofA);
        // Nothing of A's in B's answer: neither its encounter id nor its patient.
        assertThat(first.asString()).doesNotContain(ofA, "MRN-KEY-A", "Lakesider");

        post(b(), prairie(ehrId)).then().statusCode(200).body("encounterId", equalTo(ofB));
        post(a(), lakeside(ehrId)).then().statusCode(200).body("encounterId", equalTo(ofA));
        // Each practice finds its own under the shared EHR id.
        given().auth().oauth2(b()).get("/encounters?ehrEncounterId=" + ehrId).then().statusCode(200)
                .body("encounterId", equalTo(ofB));
        given().auth().oauth2(a()).get("/encounters?ehrEncounterId=" + ehrId).then().statusCode(200)
                .body("encounterId", equalTo(ofA));
        // A caller of both practices (the bench client, a biller of both) names the practice it means; an NPI the
        // caller does not carry finds nothing.
        String both = TestTokens.clientCredentials("openrcm-bench");
        given().auth().oauth2(both).queryParam("ehrEncounterId", ehrId)
                .queryParam("billingProviderNpi", TestPractices.PRAIRIE).get("/encounters").then().statusCode(200)
                .body("encounterId", equalTo(ofB));
        given().auth().oauth2(both).queryParam("ehrEncounterId", ehrId)
                .queryParam("billingProviderNpi", TestPractices.LAKESIDE).get("/encounters").then().statusCode(200)
                .body("encounterId", equalTo(ofA));
        given().auth().oauth2(b()).queryParam("ehrEncounterId", ehrId)
                .queryParam("billingProviderNpi", TestPractices.LAKESIDE).get("/encounters").then().statusCode(404);
        assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(2);
    }

    @Test
    void aConflictingRetryIsStillA409WithinOnePractice() {
        String ehrId = EncounterRequests.newEhrId();
        post(a(), lakeside(ehrId)).then().statusCode(201);
        post(b(), prairie(ehrId)).then().statusCode(201);
        Map<String, Object> changed = prairie(ehrId);
        changed.put("placeOfService", "22");
        post(b(), changed).then().statusCode(409);
        assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(2);
    }

    @Test
    void theBatchKeysByPracticeToo() {
        String ehrId = EncounterRequests.newEhrId();
        String ofA = post(a(), lakeside(ehrId)).then().statusCode(201).extract().path("encounterId");
        Response batch = given().auth().oauth2(b()).contentType("application/json")
                .body(Map.of("encounters", List.of(prairie(ehrId), prairie(ehrId)))).post("/encounters/batch");
        batch.then().statusCode(200).body("results.status", contains(201, 200));
        assertThat(batch.asString()).doesNotContain(ofA, "MRN-KEY-A");
        String ofB = batch.path("results[0].encounter.encounterId");
        assertThat(batch.<String>path("results[1].encounter.encounterId")).isEqualTo(ofB);
        given().auth().oauth2(a()).contentType("application/json")
                .body(Map.of("encounters", List.of(lakeside(ehrId)))).post("/encounters/batch").then()
                .statusCode(200).body("results.status", contains(200))
                .body("results[0].encounter.encounterId", equalTo(ofA));
        assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(2);
    }
}
