package io.openrcm.claim.it;

import static io.openrcm.claim.it.ClaimFlow.PATIENCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ClaimQueryApiTest {

    private static final List<String> DATES = List.of("2026-01-10", "2026-02-10", "2026-03-10");
    private static String payerId;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Three claims of a payer of their own, one per date, created once for the class. */
    @BeforeEach
    void threeClaimsOfOnePayer() throws Exception {
        if (payerId != null) {
            return;
        }
        String payer = "QUERY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Query Test Payer", "claimFilingIndicator", "CI", "timelyFilingDays", 3650))
                .when().put("/payers/{id}", payer).then().statusCode(201);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            for (String date : DATES) {
                ObjectNode encounter = GoldenEvents.encounterCoded();
                encounter.put("payerId", payer);
                encounter.put("dateOfService", date);
                flow.sendEncounter(encounter, "corr-query");
            }
        }
        await().atMost(PATIENCE).until(() -> search(Map.of("payerId", payer, "status", "SUBMITTED"))
                .getInt("total") == 3);
        payerId = payer;
    }

    @Test
    void filtersByPayerAndDateOfServiceRange() {
        JsonPath page = search(Map.of("payerId", payerId, "from", "2026-02-01", "to", "2026-03-10"));
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getList("items.dateOfService")).containsExactly("2026-03-10", "2026-02-10");
        assertThat(page.getList("items.payerId")).containsOnly(payerId);
        assertThat(search(Map.of("payerId", payerId, "to", "2026-01-10")).getList("items.dateOfService"))
                .containsExactly("2026-01-10");
        assertThat(search(Map.of("payerId", payerId, "from", "2026-03-11")).getInt("total")).isZero();
    }

    @Test
    void filtersByStatus() {
        assertThat(search(Map.of("payerId", payerId, "status", "SUBMITTED")).getInt("total")).isEqualTo(3);
        assertThat(search(Map.of("payerId", payerId, "status", "PAID")).getInt("total")).isZero();
    }

    @Test
    void pagesNewestDateOfServiceFirst() {
        JsonPath first = search(Map.of("payerId", payerId, "size", "2", "page", "0"));
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getList("items.dateOfService")).containsExactly("2026-03-10", "2026-02-10");
        assertThat(first.getList("items.totalCharge")).containsOnly("160.00");
        JsonPath second = search(Map.of("payerId", payerId, "size", "2", "page", "1"));
        assertThat(second.getList("items.dateOfService")).containsExactly("2026-01-10");
        assertThat(search(Map.of("payerId", payerId, "size", "2", "page", "2")).getList("items")).isEmpty();
        assertThat(search(Map.of("payerId", payerId)).getInt("size")).isEqualTo(50);
    }

    @Test
    void refusesBadParametersNamingEachOne() {
        given().queryParams(Map.of("status", "LOST", "size", "501", "page", "-1", "from", "2026-13-01",
                        "encounterId", "nope"))
                .when().get("/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.io/problems/invalid-request"))
                .body("violations.pointer", hasItems("?status", "?size", "?page", "?from", "?encounterId"));
        given().queryParams(Map.of("from", "2026-03-01", "to", "2026-02-01")).when().get("/claims")
                .then().statusCode(400).body("violations[0].pointer", equalTo("?to"));
        given().queryParam("size", "500").when().get("/claims").then().statusCode(200);
    }

    @Test
    void anUnknownClaimIsNotFound() {
        given().when().get("/claims/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.io/problems/not-found"));
        given().when().get("/claims/{id}", "not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].pointer", equalTo("{id}"));
    }

    @Test
    void anEncounterWithoutAClaimFindsNothing() {
        JsonPath page = ClaimFlow.claimsOf(UUID.randomUUID().toString());
        assertThat(page.getInt("total")).isZero();
        assertThat(page.getList("items")).isEmpty();
    }

    private static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/claims").then().statusCode(200).extract().jsonPath();
    }
}
