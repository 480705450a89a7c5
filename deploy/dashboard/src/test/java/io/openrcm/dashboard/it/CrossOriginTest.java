package io.openrcm.dashboard.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.openrcm.infra.RcmInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** CORS is closed: another site's page gets no permission to call this service or to read its answers. */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
class CrossOriginTest {

    private static final String OTHER_SITE = "https://evil.example";

    @Test
    void aCrossOriginPreflightIsNotAllowed() {
        given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/summary")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void aCrossOriginReadGetsNoAllowOrigin() {
        given().header("Origin", OTHER_SITE).get("/api/summary")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
