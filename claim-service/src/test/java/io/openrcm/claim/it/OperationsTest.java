package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.openrcm.infra.RcmInfraTestResource;
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
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
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
