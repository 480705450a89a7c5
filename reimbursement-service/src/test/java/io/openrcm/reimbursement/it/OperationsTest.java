package io.openrcm.reimbursement.it;

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

/** What an operator watches: readiness covering the database and Kafka, and the outbox metrics. */
@QuarkusTest
// Not a test of authentication: a signed-in test-biller whose practices cover the test data (AccessMatrixTest sends real tokens).
@TestSecurity(user = "test-biller", roles = {"biller", "payer-integration", "administrator", "revenue-manager"})
@OidcSecurity(claims = @Claim(key = "practices", type = ClaimType.JSON_ARRAY,
        value = "[\"1234567893\",\"1234567890\",\"1245319599\",\"1245319598\",\"1679576722\",\"1935665544\",\"1003000126\"]"))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class OperationsTest {

    @Test
    void readinessIsUpAndChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check",
                        "Database connections health check"));
    }

    @Test
    void metricsExposeTheOutboxBacklogAndConsumerCounters() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("rcm_outbox_backlog"))
                .body(containsString("rcm_consumer_lag"));
    }

    @Test
    void openApiDescribesTheRemittanceEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/remittances/{id}"))
                .body(containsString("/remittances/{id}/999"))
                .body(containsString("/acknowledgments/{id}"))
                .body(containsString("acceptedWithErrors"))
                .body(containsString("/payments"));
    }
}
