package io.openrcm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.infra.ClientSigningKey;
import io.openrcm.infra.OpenRcmRealm;
import io.openrcm.infra.SharedTestInfrastructure;

/**
 * Real access tokens from the test Keycloak (deploy/keycloak/openrcm-realm.json), cached until shortly before they
 * expire. The users, clients and secrets are the realm's development ones: never valid anywhere else.
 */
public final class TestTokens {

    /** For each realm role, who holds it in the dev realm (practice A, Lakeside, 1234567893, unless said). */
    private static final Map<String, String> HOLDER_OF_ROLE = Map.of(
            "ehr-integration", "client:ehr-lakeside",
            "coder", "user:coder-a",
            "biller", "user:biller-a",
            "payer-integration", "client:payer-bcbs-il",
            "revenue-manager", "user:manager-a",
            "administrator", "user:admin",
            "auditor", "user:auditor");

    /**
     * For each realm role, a holder of practice B only (Prairie, 1679576722): the other tenant of the tenancy tests.
     * The payer client is the realm's one (BCBS-IL): "another tenant" for data of any other payer.
     */
    private static final Map<String, String> PRAIRIE_HOLDER_OF_ROLE = Map.of(
            "ehr-integration", "client:ehr-prairie",
            "coder", "user:coder-b",
            "biller", "user:biller-b",
            "payer-integration", "client:payer-bcbs-il",
            "revenue-manager", "user:manager-b",
            "auditor", "user:auditor-b");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** The issuer services must be configured with (starts the test Keycloak on first use). */
    public static String issuer() {
        return SharedTestInfrastructure.identity().issuer();
    }

    /** A token of the dev realm's holder of one role. */
    public static String forRole(String role) {
        String holder = HOLDER_OF_ROLE.get(role);
        if (holder == null) {
            throw new IllegalArgumentException("No holder of role " + role + " in the dev realm");
        }
        String name = holder.substring(holder.indexOf(':') + 1);
        return holder.startsWith("user:") ? password(name) : clientCredentials(name);
    }

    /** A token of the dev realm's holder of one role acting for practice B (Prairie) only. */
    public static String forRoleOfPrairie(String role) {
        String holder = PRAIRIE_HOLDER_OF_ROLE.get(role);
        if (holder == null) {
            throw new IllegalArgumentException("No practice-B holder of role " + role + " in the dev realm");
        }
        String name = holder.substring(holder.indexOf(':') + 1);
        return holder.startsWith("user:") ? password(name) : clientCredentials(name);
    }

    /** A person's token (password grant of the dev-only openrcm-cli client; the password is "dev-" + username). */
    public static String password(String username) {
        return cached("user:" + username, () -> form(tokenEndpoint(), Map.of("grant_type", "password",
                "client_id", "openrcm-cli", "username", username, "password", "dev-" + username)));
    }

    /** A machine client's token (client credentials; the secret is "dev-" + clientId + "-secret"). */
    public static String clientCredentials(String clientId) {
        return cached("client:" + clientId, () -> clientCredentialsFrom(tokenEndpoint(), clientId));
    }

    /** A fresh (uncached) client-credentials token from the token endpoint reached as the given host name. */
    public static String clientCredentialsVia(String host, String clientId) {
        return accessToken(clientCredentialsFrom(tokenEndpoint().replace("127.0.0.1", host), clientId));
    }

    /** A token of the EHR client that authenticates with a signed JWT (private_key_jwt) instead of a secret. */
    public static String privateKeyJwt() {
        String key = SharedTestInfrastructure.identity().jwtClientKeyPkcs8();
        if (key == null) {
            throw new IllegalStateException("The test Keycloak was not started here: no private key for " + OpenRcmRealm.JWT_CLIENT_ID);
        }
        String assertion = ClientSigningKey.fromPkcs8(key).clientAssertion(OpenRcmRealm.JWT_CLIENT_ID, issuer());
        return cached("jwt:" + OpenRcmRealm.JWT_CLIENT_ID, () -> form(tokenEndpoint(), Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion)));
    }

    /** The claims of a token, unverified: for tests that assert what the provider put in it. */
    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tokenEndpoint() {
        return SharedTestInfrastructure.identity().tokenEndpoint();
    }

    private static JsonNode clientCredentialsFrom(String endpoint, String clientId) {
        return form(endpoint, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", "dev-" + clientId + "-secret"));
    }

    private interface TokenRequest {
        JsonNode send();
    }

    private static String cached(String key, TokenRequest request) {
        Cached hit = CACHE.get(key);
        if (hit != null && hit.expiresAt().isAfter(Instant.now().plusSeconds(30))) {
            return hit.token();
        }
        JsonNode answer = request.send();
        Cached fresh = new Cached(accessToken(answer), Instant.now().plusSeconds(answer.path("expires_in").asLong(60)));
        CACHE.put(key, fresh);
        return fresh.token();
    }

    private static String accessToken(JsonNode answer) {
        return answer.path("access_token").asText();
    }

    private static JsonNode form(String endpoint, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Token endpoint " + endpoint + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Cached(String token, Instant expiresAt) {
    }
}
