package io.openrcm.code.api;

import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.Claim;
import io.openrcm.testsupport.TestPractices;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.testsupport.SharedData;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Loads the five FY2023 CDC ICD-10-CM books over the admin API (one load for the class, timed), then asks for
 * suggestions the Index way and codes encounters whose findings come from the Tabular.
 */
@CodeServiceTest
@TestSecurity(user = "books-test", roles = {"administrator", "coder", "ehr-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IcdBooksLoadTest {

    static final String DIR = "codesets/icd10cm/";
    static final String IN_FY2023 = "2023-03-01";

    static ValidatableResponse load(String book, String query, byte[] body) {
        return given().contentType("application/octet-stream").body(body)
                .post("/admin/icd-books/" + book + "?" + query).then();
    }

    @Test
    @Order(1)
    void loadsTheFiveBooksOnceAndAgainChangesNothing() {
        Map<String, String> files = Map.of("tabular", "icd10cm_tabular_2023.xml.gz", "index",
                "icd10cm_index_2023.xml.gz", "neoplasm", "icd10cm_neoplasm_2023.xml", "drug",
                "icd10cm_drug_2023.xml", "eindex", "icd10cm_eindex_2023.xml");
        for (String book : List.of("tabular", "index", "neoplasm", "drug", "eindex")) {
            byte[] file = SharedData.bytes(DIR + files.get(book));
            long start = System.nanoTime();
            int rows = load(book, "version=FY2023", file).statusCode(200).body("unchanged", equalTo(false))
                    .body("book", equalTo(book.toUpperCase())).extract().path("rows");
            System.out.printf("[load] ICD-10-CM %s FY2023: %,d rows in %d ms%n", book, rows,
                    (System.nanoTime() - start) / 1_000_000);
        }
        // Tabular: 22 chapters + 296 sections + 45,869 diag entries, and their notes.
        load("tabular", "version=FY2023", SharedData.bytes(DIR + files.get("tabular"))).statusCode(200)
                .body("unchanged", equalTo(true)).body("rows", greaterThan(46_187));
        load("tabular", "version=FY2023", SharedData.bytes(DIR + files.get("index"))).statusCode(409);
        load("index", "version=FY2024", "<nothing/>".getBytes()).statusCode(422);
        load("tables", "version=FY2023", "x".getBytes()).statusCode(400);
    }

    @Test
    @Order(2)
    void suggestsWithTheIndexPathAndTheNotes() {
        SharedData.require(DIR + "icd10cm_index_2023.xml.gz");
        given().get("/icd10cm/suggestions?text=CHF&date=" + IN_FY2023).then().statusCode(200)
                .body("version", equalTo("FY2023")).body("items[0].code", equalTo("I50.9"))
                .body("items[0].path", equalTo("Failure, heart, congestive \u2192 I50.9"));
        given().get("/icd10cm/suggestions?text=sprain of left ankle, initial encounter&date=" + IN_FY2023).then()
                .statusCode(200).body("items[0].code", equalTo("S93.402A"))
                .body("items[0].title", equalTo("Sprain of unspecified ligament of left ankle, initial encounter"))
                .body("items[0].notes", hasItem(startsWith("Code also (at S93): any associated open wound")));
        given().get("/icd10cm/suggestions?text=breast cancer&date=" + IN_FY2023).then().statusCode(200)
                .body("items[0].code", equalTo("C50.919"))
                .body("items[0].path", equalTo("Cancer, breast \u2192 C50.919"));
        given().get("/icd10cm/suggestions?text=chest pain&date=2021-06-01").then().statusCode(404);
        given().get("/icd10cm/suggestions?date=" + IN_FY2023).then().statusCode(400);
    }

    @Test
    @Order(3)
    void codesEncountersWithTheTabularsFindings() {
        SharedData.require(DIR + "icd10cm_tabular_2023.xml.gz");
        post(List.of("S93.402")).statusCode(201).body("status", equalTo("NEEDS_REVIEW"))
                .body("findings.editId", hasItem("DX-SEVENTH-CHARACTER"));
        post(List.of("E10.9", "E11.9")).statusCode(201).body("status", equalTo("NEEDS_REVIEW"))
                .body("findings.editId", hasItem("DX-EXCLUDES1"));
        String text = given().contentType("application/json").body(encounter(List.of(Map.of("text",
                "type 2 diabetes with hyperglycemia")))).post("/encounters").then().statusCode(201).extract()
                .path("diagnoses[0].code");
        assertThat(text).isEqualTo("E1165");
    }

    private static Map<String, Object> encounter(List<?> diagnoses) {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        body.put("diagnoses", diagnoses);
        body.put("dateOfService", IN_FY2023);
        EncounterRequests.line(body, 0).put("diagnosisPointers", List.of(1));
        return body;
    }

    private static ValidatableResponse post(List<String> codes) {
        return given().contentType("application/json").body(encounter(codes)).post("/encounters").then();
    }
}
