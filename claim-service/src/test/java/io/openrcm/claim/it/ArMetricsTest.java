package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The HFMA figures computed over three claims of a payer of their own: A clean and paid, B stopped by the scrubber,
 * corrected, rejected by the payer, sent again and accepted, C clean and denied.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ArMetricsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theFiguresFollowTheirDefinitions() throws Exception {
        String payer = "METRICS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("name", "Metrics Payer", "claimFilingIndicator", "CI",
                "timelyFilingDays", 3650)).put("/payers/{id}", payer).then().statusCode(201);
        String b;
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            String a = claim(flow, payer, false);
            b = claim(flow, payer, true);
            String c = claim(flow, payer, false);

            ClaimFlow.awaitStatus(b, "SCRUB_FAILED");
            given().contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("lineNumber", 2,
                    "diagnosisPointers", List.of(1))))).put("/claims/{id}/corrections", b).then().statusCode(200);
            ClaimFlow.awaitStatus(b, "SUBMITTED");
            given().contentType("application/edi-x12").body(bytes(Acks.x277ca(b, "PCN-B", false)))
                    .post("/acknowledgments").then().statusCode(201);
            ClaimFlow.awaitStatus(b, "REJECTED");
            given().post("/claims/{id}/scrub", b).then().statusCode(200);
            ClaimFlow.awaitStatus(b, "SUBMITTED");
            given().contentType("application/edi-x12").body(bytes(Acks.x277ca(b, "PCN-B2", true)))
                    .post("/acknowledgments").then().statusCode(201);

            ClaimFlow.awaitStatus(a, "SUBMITTED");
            flow.sendPayment(GoldenEvents.paymentPosted(a), "corr-metrics", UUID.randomUUID());
            ClaimFlow.awaitStatus(c, "SUBMITTED");
            ObjectNode denial = GoldenEvents.paymentPosted(c);
            denial.put("claimStatusCode", "4").put("paidAmount", "0.00").put("patientResponsibility", "0.00");
            ArrayNode adjustments = denial.putArray("adjustments");
            adjustments.addObject().put("group", "CO").put("reason", "50").put("amount", "160.00");
            flow.sendPayment(denial, "corr-metrics", UUID.randomUUID());
            ClaimFlow.awaitStatus(a, "PAID");
            ClaimFlow.awaitStatus(c, "DENIED");
        }
        assertThat(ClaimFlow.claim(b).getString("status")).isEqualTo("ACCEPTED");

        JsonPath m = given().queryParam("payerId", payer).queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30").queryParam("arWindowDays", "30").get("/ar/metrics").then()
                .statusCode(200).extract().jsonPath();
        assertThat(m.getInt("claims")).isEqualTo(3);
        assertThat(m.getString("cleanClaimRate")).isEqualTo("0.6667");
        assertThat(m.getString("firstPassAcceptanceRate")).isEqualTo("0.6667");
        assertThat(m.getString("denialRateByCount")).isEqualTo("0.5000");
        assertThat(m.getString("denialRateByDollars")).isEqualTo("0.5000");
        // A/R is insurance (claim b, 160.00 with its payer) plus patient (claim a, 20.00 PR-2 left to the patient).
        assertThat(m.getString("insuranceAccountsReceivable")).isEqualTo("160.00");
        assertThat(m.getString("patientAccountsReceivable")).isEqualTo("20.00");
        assertThat(m.getString("accountsReceivable")).isEqualTo("180.00");
        assertThat(m.getString("averageDailyCharges")).isEqualTo("16.00");
        assertThat(m.getString("daysInAR")).isEqualTo("11.3");
        assertThat(m.getMap("claimsByStatus")).containsEntry("PAID", 1).containsEntry("DENIED", 1)
                .containsEntry("ACCEPTED", 1);

        JsonPath aging = given().queryParam("asOf", "2026-12-15").get("/ar/aging").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> row = aging.getMap("payers.find { it.payerId == '" + payer + "' }");
        assertThat(row.get("total")).isEqualTo("160.00");
        assertThat(aging.getString("payers.find { it.payerId == '" + payer + "' }.amounts.'31-60'"))
                .isEqualTo("160.00");
        assertThat(aging.getString("payers.find { it.payerId == '" + payer + "' }.amounts.'0-30'"))
                .isEqualTo("0.00");
    }

    /** A golden claim for the payer; with a broken diagnosis pointer (3 of 2) on line 2 when asked. */
    private static String claim(ClaimFlow flow, String payer, boolean brokenPointer) throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("payerId", payer);
        if (brokenPointer) {
            ((ObjectNode) encounter.get("serviceLines").get(1)).putArray("diagnosisPointers").add(3);
        }
        flow.sendEncounter(encounter, "corr-metrics");
        return flow.awaitClaimOf(encounter.get("encounterId").asText());
    }

    private static byte[] bytes(String x12) {
        return x12.getBytes(StandardCharsets.UTF_8);
    }
}
