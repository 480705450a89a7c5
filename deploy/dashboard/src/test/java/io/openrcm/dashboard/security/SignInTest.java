package io.openrcm.dashboard.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page's sign-in against the test Keycloak: a browser asking for the page is sent to the provider's login with
 * PKCE (S256) as the public client `dashboard`; API calls without a token still get 401, and a script's call without
 * a session gets 499 instead of a login page.
 */
@QuarkusTest
@TestProfile(SignInTest.WebTenant.class)
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
@WithTestResource(KeycloakTestResource.class)
class SignInTest {

    /** The page's sign-in tenant on (the other tests leave it off). */
    public static class WebTenant implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.web.tenant-enabled", "true");
        }
    }

    @Test
    void thePageSendsTheBrowserToTheProvidersLoginWithPkce() {
        Response response = given().redirects().follow(false).accept("text/html").get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.header("Location");
        assertThat(location).contains("/realms/openrcm/protocol/openid-connect/auth")
                .contains("client_id=dashboard").contains("response_type=code")
                .contains("code_challenge=").contains("code_challenge_method=S256");
        assertThat(response.getDetailedCookies().asList()).anyMatch(c -> c.getName().startsWith("q_auth_web"));
    }

    @Test
    void apiCallsWithoutATokenAreStill401AndAScriptWithoutASessionGets499() {
        given().redirects().follow(false).accept("application/json").get("/api/summary").then().statusCode(401);
        given().redirects().follow(false).get("/claim-status/stream").then().statusCode(401);
        given().redirects().follow(false).header("X-Requested-With", "JavaScript").get("/index.html")
                .then().statusCode(499);
    }
}
