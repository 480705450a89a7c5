package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.testsupport.SharedData;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Loads the real FY2022 order file and FY2023 addenda over the admin API and codes encounters against them. */
@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodeSetLoadTest {

    static final String FY2022 = "codesets/icd10cm/icd10cm_order_fy2022.tsv.gz";
    static final String FY2023_ADDENDA = "codesets/icd10cm/icd10cm-order-addenda-2023.txt";

    static byte[] file(String relative) {
        return SharedData.bytes(relative);
    }

    static ValidatableResponse load(String system, String query, byte[] body) {
        return given().contentType("application/octet-stream").body(body)
                .post("/admin/code-sets/" + system + "?" + query).then();
    }

    @Test
    @Order(1)
    void loadsFy2022ThenFy2023FromItsAddendaAndAgainChangesNothing() throws IOException {
        byte[] fy2022 = file(FY2022);
        load("ICD10CM", "version=FY2022", fy2022).statusCode(200).body("rows", equalTo(95_524))
                .body("unchanged", equalTo(false));
        load("ICD10CM", "version=FY2022", fy2022).statusCode(200).body("unchanged", equalTo(true))
                .body("rows", equalTo(95_524));
        load("ICD10CM", "version=FY2022", "not the same file".getBytes()).statusCode(409);

        load("ICD10CM", "version=FY2023&addendaTo=FY2022",
                file(FY2023_ADDENDA)).statusCode(200)
                // The addenda add 889 codes net (1,176 added, 287 deleted) and 328 headers: 96,741 rows.
                .body("rows", equalTo(95_524 + 889 + 328)).body("label", equalTo("FY2023"));

        given().get("/codes/versions").then().statusCode(200).body("label", hasItem("FY2023"));
    }

    @Test
    @Order(2)
    void aDeletedCodeIsBillableInFy2022AndAHeaderInFy2023() {
        // Needs the code sets the first test loaded from the shared files.
        SharedData.require(FY2022);
        SharedData.require(FY2023_ADDENDA);
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        body.put("diagnoses", List.of("B37.3"));
        body.put("dateOfService", "2022-09-30");
        EncounterRequests.line(body, 0).put("diagnosisPointers", List.of(1));
        post(body).statusCode(201).body("status", equalTo("CODED"));

        body.put("ehrEncounterId", EncounterRequests.newEhrId());
        body.put("dateOfService", "2022-10-01");
        post(body).statusCode(201).body("status", equalTo("NEEDS_REVIEW"))
                .body("findings.editId", contains("CS-HEADER-CODE"))
                .body("findings[0].message", equalTo("ICD-10-CM code B37.3 is a header code that needs more "
                        + "characters to be billed; codes that complete it: B37.31, B37.32"));

        body.put("ehrEncounterId", EncounterRequests.newEhrId());
        body.put("diagnoses", List.of("B37.31"));
        body.put("dateOfService", "2022-09-30");
        post(body).statusCode(201).body("findings.editId", contains("CS-NOT-IN-EFFECT"))
                .body("findings[0].message", startsWith("ICD-10-CM code B37.31 is not in effect on the date of "
                        + "service 2022-09-30 (ICD-10-CM FY2022)"));
    }

    @Test
    @Order(3)
    void looksUpAndSearchesByDate() {
        SharedData.require(FY2022);
        SharedData.require(FY2023_ADDENDA);
        given().get("/codes/ICD10CM/E11.9?date=2022-06-01").then().statusCode(200)
                .body("longTitle", equalTo("Type 2 diabetes mellitus without complications"))
                .body("version", equalTo("FY2022")).body("billable", equalTo(true));
        given().get("/codes/ICD10CM/B3731?date=2022-06-01").then().statusCode(404);
        given().get("/codes/ICD10CM/B3731?date=2023-06-01").then().statusCode(200).body("version", equalTo("FY2023"));
        given().get("/codes/ICD10CM?q=E11.6&date=2022-06-01&limit=3").then().statusCode(200)
                .body("items.code", contains("E116", "E1161", "E11610"));
        given().get("/codes/ICD10CM?q=type 2 diab without compl&date=2022-06-01&limit=5").then().statusCode(200)
                .body("items.code", hasItem("E119"));
        given().get("/codes/ICD10CM?date=2022-06-01").then().statusCode(400);
    }

    @Test
    @Order(4)
    void loadsHcpcsWithItsDatesAndACptCsv() throws IOException {
        load("HCPCS", "version=2020", file("codesets/hcpcs/HCPC2020_ANWEB_w_disclaimer.txt")).statusCode(200)
                .body("rows", org.hamcrest.Matchers.greaterThan(6000));
        given().get("/codes/HCPCS/G0008?date=2020-05-01").then().statusCode(200)
                .body("longTitle", equalTo("Administration of influenza virus vaccine"));
        load("CPT", "version=2020-licensed&effectiveFrom=2020-01-01&effectiveTo=2020-12-31",
                "code,descriptor\n99213,Test descriptor for an office visit\n".getBytes()).statusCode(200)
                .body("rows", equalTo(1));
        given().get("/codes/CPT/99213?date=2020-05-01").then().statusCode(200)
                .body("longTitle", equalTo("Test descriptor for an office visit"));
        assertThat(given().get("/codes/CPT/99213?date=2026-01-05").then().statusCode(200).extract()
                .<String>path("version")).isEqualTo("starter");
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/encounters").then();
    }
}
