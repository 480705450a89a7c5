package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.openrcm.infra.RcmInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
// Not a test of authentication: a signed-in test-biller whose practices cover the test data (AccessMatrixTest sends real tokens).
@TestSecurity(user = "test-biller", roles = {"biller", "administrator", "revenue-manager", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", type = ClaimType.JSON_ARRAY,
        value = "[\"1234567893\",\"1234567890\",\"1245319599\",\"1245319598\",\"1679576722\",\"1935665544\",\"1003000126\"]"))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class OperationsTest {

    @Test
    void readyWhenTheDatabaseAndKafkaAreUp() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void metricsShowTheOutboxBacklogAndTheConsumerLag() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("rcm_outbox_backlog"))
                .body(containsString("rcm_consumer_lag{consumer=\"claim-service.encounter-coded\""))
                .body(containsString("rcm_consumer_lag{consumer=\"claim-service.payment-posted\""));
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/claims/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/fee-schedules/{npi}"));
    }
}
