package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.kernel.Npi;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ReferenceDataApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSeededPayersProvidersAndDefaultFeesAreThere() {
        given().when().get("/payers").then().statusCode(200)
                .body("payerId", hasItems("BCBS-IL", "AETNA", "MEDICARE-IL", "UHC"));
        given().when().get("/payers/MEDICARE-IL").then().statusCode(200)
                .body("claimFilingIndicator", equalTo("MB"));
        given().when().get("/providers").then().statusCode(200)
                .body("npi", hasItems("1234567893", "1245319599", "1679576722"));
        JsonPath defaults = given().queryParam("npi", "default").when().get("/fee-schedules").then().statusCode(200)
                .extract().jsonPath();
        assertThat(defaults.getList("")).hasSize(1);
        assertThat(defaults.getString("[0].billingProviderNpi")).isNull();
        assertThat(defaults.getList("[0].rows.code")).hasSize(20).contains("99202", "99213", "G0008", "A4253");
        assertThat(defaults.getString("[0].rows.find { it.code == '99213' }.charge")).isEqualTo("135.00");
        assertThat(defaults.getString("[0].rows.find { it.code == 'G0008' }.charge")).isEqualTo("25.00");
    }

    @Test
    void aPayerIsCreatedThenReplaced() {
        Map<String, Object> payer = Map.of("name", "Cigna", "claimFilingIndicator", "CI", "timelyFilingDays", 90);
        given().contentType(ContentType.JSON).body(payer).when().put("/payers/CIGNA-TEST").then().statusCode(201)
                .body("payerId", equalTo("CIGNA-TEST"));
        given().contentType(ContentType.JSON).body(Map.of("payerId", "CIGNA-TEST", "name", "Cigna Healthcare",
                        "claimFilingIndicator", "CI", "timelyFilingDays", 120))
                .when().put("/payers/CIGNA-TEST").then().statusCode(200).body("timelyFilingDays", equalTo(120));
        given().when().get("/payers/CIGNA-TEST").then().statusCode(200).body("name", equalTo("Cigna Healthcare"));
        given().when().get("/payers/NOT-THERE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anInvalidPayerIsRefusedWithEveryViolationAndNothingStored() {
        given().contentType(ContentType.JSON)
                .body(Map.of("payerId", "OTHER", "name", " ", "claimFilingIndicator", "XX", "timelyFilingDays", 0))
                .when().put("/payers/BAD-PAYER").then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/payerId", "/name", "/claimFilingIndicator",
                        "/timelyFilingDays"));
        given().when().get("/payers/BAD-PAYER").then().statusCode(404);
    }

    @Test
    void aPayersSubmissionSettingsAndScrubRulesAreValidatedAndShown() {
        Map<String, Object> bad = Map.of("name", "Rules", "claimFilingIndicator", "CI", "timelyFilingDays", 90,
                "submission", Map.of("receiverQualifier", "QQ", "usageIndicator", "X"),
                "scrubRules", List.of(Map.of("ruleId", "r1", "type", "REQUIRE_MODIFIER", "code", "99213"),
                        Map.of("ruleId", "RULE-MAX", "type", "MAX_UNITS"), Map.of("ruleId", "RULE-NOTYPE")));
        given().contentType(ContentType.JSON).body(bad).when().put("/payers/RULES-BAD").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/submission/receiverQualifier",
                        "/submission/usageIndicator", "/scrubRules/0/ruleId", "/scrubRules/0/modifier",
                        "/scrubRules/1/max", "/scrubRules/2/type"));
        given().when().get("/payers/RULES-BAD").then().statusCode(404);

        Map<String, Object> good = Map.of("name", "Rules", "claimFilingIndicator", "CI", "timelyFilingDays", 90,
                "submission", Map.of("receiverId", "GATEWAY1", "ediPayerId", "60054", "autoSubmit", false,
                        "usageIndicator", "T"),
                "scrubRules", List.of(Map.of("ruleId", "RULES-001", "type", "MAX_UNITS", "max", 4)));
        given().contentType(ContentType.JSON).body(good).when().put("/payers/RULES-GOOD").then().statusCode(201)
                .body("submission.receiverId", equalTo("GATEWAY1"))
                .body("submission.receiverQualifier", equalTo("ZZ"))
                .body("submission.autoSubmit", equalTo(false))
                .body("scrubRules[0].ruleId", equalTo("RULES-001"));
    }

    @Test
    void aProviderIsValidatedThenStored() {
        String npi = newNpi();
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "taxId", "12-345", "taxonomyCode", "207Q",
                        "address", Map.of("line1", "1 Main St", "city", "Peoria", "state", "il", "postalCode", "616")))
                .when().put("/providers/{npi}", npi).then().statusCode(400)
                .body("violations.pointer", containsInAnyOrder("/taxId", "/taxonomyCode", "/address/state",
                        "/address/postalCode"));
        given().contentType(ContentType.JSON).body(provider("Bad NPI"))
                .when().put("/providers/1234567890").then().statusCode(400)
                .body("violations.pointer", containsInAnyOrder("{npi}"));
        given().contentType(ContentType.JSON).body(provider("Peoria Pediatrics"))
                .when().put("/providers/{npi}", npi).then().statusCode(201).body("address.city", equalTo("Peoria"));
        given().when().get("/providers/{npi}", npi).then().statusCode(200).body("taxId", equalTo("371234567"));
    }

    @Test
    @TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL_AND_SCHEDULE_CLINIC,
            type = ClaimType.JSON_ARRAY))
    void aProvidersOwnFeeSchedulePricesItsClaimsAndFallsBackToTheDefault() throws Exception {
        // A new provider the caller's token carries as a practice, so its claims can be read back.
        String npi = TestPractices.SCHEDULE_CLINIC;
        given().contentType(ContentType.JSON).body(provider("Schedule Clinic")).when().put("/providers/{npi}", npi)
                .then().statusCode(201);
        List<Map<String, Object>> rows = List.of(
                row("99213", "25", "2026-01-01", null, 150),
                row("99213", null, "2026-01-01", null, "140.5"),
                row("99213", "25", "2025-01-01", "2025-12-31", "120.00"));
        given().contentType(ContentType.JSON).body(Map.of("rows", rows)).when().put("/fee-schedules/{npi}", npi)
                .then().statusCode(200).body("billingProviderNpi", equalTo(npi)).body("rows", hasSize(3));
        given().queryParam("npi", npi).when().get("/fee-schedules").then().statusCode(200)
                .body("[0].rows.charge", containsInAnyOrder("120.00", "140.50", "150.00"));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            ObjectNode encounter = GoldenEvents.encounterCoded();
            encounter.put("billingProviderNpi", npi);
            flow.sendEncounter(encounter, "corr-schedule");
            JsonPath claim = ClaimFlow.claim(flow.awaitClaimOf(encounter.get("encounterId").asText()));
            assertThat(claim.getList("lines.charge")).containsExactly("150.00", "25.00");
            assertThat(claim.getString("balance.totalCharge")).isEqualTo("175.00");
        }
    }

    @Test
    void aFeeScheduleReplacementIsAllOrNothing() {
        String npi = newNpi();
        given().contentType(ContentType.JSON).body(provider("Atomic Clinic")).when().put("/providers/{npi}", npi)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(row("99214", null, "2026-01-01", null, 200))))
                .when().put("/fee-schedules/{npi}", npi).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(
                        row("99214", null, "2026-01-01", null, "1.005"),
                        row("9921", "2", "2026-01-01", "2025-01-01", 0),
                        row("99215", null, "2026-01-01", null, 10),
                        row("99215", null, "2026-06-01", "2026-12-31", 20))))
                .when().put("/fee-schedules/{npi}", npi).then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/rows/0/charge", "/rows/1/code", "/rows/1/modifier",
                        "/rows/1/effectiveTo", "/rows/1/charge"));
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(
                        row("99215", null, "2026-01-01", null, 10),
                        row("99215", null, "2026-06-01", "2026-12-31", 20))))
                .when().put("/fee-schedules/{npi}", npi).then().statusCode(400)
                .body("violations[0].pointer", equalTo("/rows/1"));
        given().queryParam("npi", npi).when().get("/fee-schedules").then().statusCode(200)
                .body("[0].rows.code", containsInAnyOrder("99214")).body("[0].rows[0].charge", equalTo("200.00"));
    }

    @Test
    void aScheduleNeedsAKnownProvider() {
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of()))
                .when().put("/fee-schedules/{npi}", newNpi()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of()))
                .when().put("/fee-schedules/12345").then().statusCode(400)
                .body("violations[0].pointer", equalTo("{npi}"));
        given().queryParam("npi", "12345").when().get("/fee-schedules").then().statusCode(400);
    }

    @Test
    void unreadableJsonIsAProblemWithAPointer() {
        given().contentType(ContentType.JSON).body("{\"rows\": [{\"code\": \"99213\", \"effectiveFrom\": \"someday\"}]}")
                .when().put("/fee-schedules/default").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/rows/0/effectiveFrom"));
    }

    static Map<String, Object> provider(String name) {
        return Map.of("name", name, "taxId", "371234567", "taxonomyCode", "208000000X",
                "address", Map.of("line1", "1 Main St", "city", "Peoria", "state", "IL", "postalCode", "61602"));
    }

    static Map<String, Object> row(String code, String modifier, String from, String to, Object charge) {
        Map<String, Object> row = new HashMap<>();
        row.put("code", code);
        row.put("modifier", modifier);
        row.put("effectiveFrom", from);
        row.put("effectiveTo", to);
        row.put("charge", charge);
        return row;
    }

    /** A valid NPI nobody else uses. */
    static String newNpi() {
        String base = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return base + Npi.checkDigit(base);
    }
}
