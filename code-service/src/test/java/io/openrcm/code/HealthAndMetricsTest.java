package io.openrcm.code;

import static io.restassured.RestAssured.given;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class HealthAndMetricsTest {

    @Test
    void readyWhenDatabaseAndKafkaAnswer() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void exposesTheOutboxBacklog() {
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("rcm_outbox_backlog"));
    }

    @Test
    void publishesTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths.'/encounters'.post.summary", equalTo("Receive a coded encounter from an EHR"))
                .body("paths.'/encounters/batch'.post.summary", containsString("500"));
    }
}
