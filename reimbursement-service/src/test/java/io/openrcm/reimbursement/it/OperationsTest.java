package io.openrcm.reimbursement.it;

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

/** What an operator watches: readiness covering the database and Kafka, and the outbox metrics. */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
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
