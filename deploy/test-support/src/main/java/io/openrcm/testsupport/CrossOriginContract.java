package io.openrcm.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/**
 * CORS is closed: another site's page gets no permission to call a service or to read its answers. Each service's
 * {@code CrossOriginTest} extends this with its own test resource and one of its paths.
 */
public abstract class CrossOriginContract {

    private static final String OTHER_SITE = "https://evil.example";

    /** A path of the service that serves patient data. */
    protected abstract String path();

    @Test
    public void aCrossOriginPreflightIsNotAllowed() {
        given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options(path())
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    public void aCrossOriginReadGetsNoAllowOrigin() {
        given().header("Origin", OTHER_SITE).get(path())
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
