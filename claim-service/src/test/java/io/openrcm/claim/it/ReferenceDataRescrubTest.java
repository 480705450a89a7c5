package io.openrcm.claim.it;

import static io.openrcm.claim.it.ReferenceDataApiTest.provider;
import static io.openrcm.claim.it.ReferenceDataApiTest.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A reference-data change and the re-scrub it triggers are one call (their single transaction is shown by
 * ReferenceDataServiceTest); a fee no claim could carry is refused before anything is saved.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ReferenceDataRescrubTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL_AND_RESCRUB_CLINIC,
            type = ClaimType.JSON_ARRAY))
    void aFeeTooLargeForAClaimIsRefusedAndOneThatPricesTheClaimReleasesIt() throws Exception {
        // A new provider the caller's token carries as a practice, so its claims can be read back.
        String npi = TestPractices.RESCRUB_CLINIC;
        given().contentType(ContentType.JSON).body(provider("Rescrub Clinic")).when().put("/providers/{npi}", npi)
                .then().statusCode(201);
        String claimId = claimStoppedByAMissingFee(npi);

        // A fee whose claims could outgrow the amount columns is refused up front, never a 500 at the write.
        given().contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(row("99499", null, "2026-01-01", null, "9999999999.99"))))
                .when().put("/fee-schedules/{npi}", npi).then().statusCode(400)
                .body("violations[0].pointer", equalTo("/rows/0/charge"));
        given().queryParam("npi", npi).when().get("/fee-schedules").then().statusCode(200)
                .body("[0].rows", empty());
        JsonPath unchanged = ClaimFlow.claim(claimId);
        assertThat(unchanged.getString("status")).isEqualTo("SCRUB_FAILED");
        assertThat(unchanged.getString("lines[0].charge")).isEqualTo("0.00");

        given().contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(row("99499", null, "2026-01-01", null, "80.00"))))
                .when().put("/fee-schedules/{npi}", npi).then().statusCode(200);
        JsonPath released = ClaimFlow.claim(claimId);
        assertThat(released.getString("status")).isNotEqualTo("SCRUB_FAILED");
        assertThat(released.getString("lines[0].charge")).isEqualTo("160.00");
    }

    /** A claim of the provider whose first line no fee schedule prices: it waits with SCRUB_FAILED. */
    private String claimStoppedByAMissingFee(String npi) throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            ObjectNode encounter = GoldenEvents.encounterCoded();
            encounter.put("billingProviderNpi", npi);
            ObjectNode line = (ObjectNode) encounter.withArray("serviceLines").get(0);
            line.put("code", "99499").put("units", 2).putArray("modifiers");
            flow.sendEncounter(encounter, "corr-rescrub");
            String claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
            assertThat(ClaimFlow.claim(claimId).getString("status")).isEqualTo("SCRUB_FAILED");
            return claimId;
        }
    }
}
