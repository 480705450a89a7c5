package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * The real Keycloak started from Maven Central's distribution with deploy/keycloak/openrcm-realm.json: the tokens its
 * clients get carry what the services check (audience, roles, practices, payer id), private_key_jwt included.
 */
class OpenRcmRealmTest {

    private static final String PRACTICE_A = "1234567893";
    private static final String PRACTICE_B = "1679576722";

    @Test
    void anEhrClientGetsATokenForOpenRcmWithItsRoleAndPractice() {
        SharedTestInfrastructure.Identity identity = SharedTestInfrastructure.identity();
        String claims = claims(new ClientCredentials(identity.tokenEndpoint(), "ehr-lakeside", "dev-ehr-lakeside-secret").token());

        assertThat(claims).contains("\"aud\":\"openrcm\"", "\"iss\":\"" + identity.issuer() + "\"",
                "\"ehr-integration\"", "\"practices\":[\"" + PRACTICE_A + "\"]");
    }

    @Test
    void aPayerClientCarriesItsPayerId() {
        SharedTestInfrastructure.Identity identity = SharedTestInfrastructure.identity();
        String claims = claims(new ClientCredentials(identity.tokenEndpoint(), "payer-bcbs-il", "dev-payer-bcbs-il-secret").token());

        assertThat(claims).contains("\"payer_id\":\"BCBS-IL\"", "\"payer-integration\"");
    }

    @Test
    void aWrongSecretIsRefused() {
        SharedTestInfrastructure.Identity identity = SharedTestInfrastructure.identity();

        assertThatThrownBy(() -> new ClientCredentials(identity.tokenEndpoint(), "ehr-lakeside", "guessed").token())
                .hasMessageContaining("HTTP 401");
    }

    @Test
    void theJwtClientAuthenticatesWithItsSignedAssertionAndNoSecret() throws Exception {
        SharedTestInfrastructure.Identity identity = SharedTestInfrastructure.identity();
        ClientSigningKey key = ClientSigningKey.fromPkcs8(identity.jwtClientKeyPkcs8());

        HttpResponse<String> signed = token(identity, key.clientAssertion(OpenRcmRealm.JWT_CLIENT_ID, identity.issuer()));
        HttpResponse<String> foreignKey = token(identity, ClientSigningKey.generate().clientAssertion(OpenRcmRealm.JWT_CLIENT_ID, identity.issuer()));

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        String accessToken = signed.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        assertThat(claims(accessToken)).contains("\"aud\":\"openrcm\"", "\"ehr-integration\"", "\"practices\":[\"" + PRACTICE_A + "\"]");
        // Keycloak answers a client assertion signed with another key with 400 invalid_client (not 401): refused, no token.
        assertThat(foreignKey.statusCode()).as(foreignKey.body()).isIn(400, 401);
        assertThat(foreignKey.body()).doesNotContain("access_token");
    }

    @Test
    void aPersonOfPracticeBGetsOnlyPracticeB() throws Exception {
        SharedTestInfrastructure.Identity identity = SharedTestInfrastructure.identity();
        HttpResponse<String> response = post(identity.tokenEndpoint(),
                "grant_type=password&client_id=openrcm-cli&username=biller-b&password=dev-biller-b");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String accessToken = response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        assertThat(claims(accessToken)).contains("\"practices\":[\"" + PRACTICE_B + "\"]", "\"biller\"");
    }

    private static HttpResponse<String> token(SharedTestInfrastructure.Identity identity, String assertion) throws Exception {
        return post(identity.tokenEndpoint(), "grant_type=client_credentials"
                + "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + assertion);
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
