package io.openrcm.dashboard.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.dashboard.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The dashboard back end's access token toward the other services (OAuth 2.0 client credentials), fetched from the
 * provider's token endpoint, cached, and renewed a minute before it expires.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DashboardConfig.ServiceClient client;
    private final String issuer;
    private final HttpClient http;
    private volatile Cached cached;

    @Inject
    public ServiceTokens(DashboardConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.client = config.serviceClient();
        this.issuer = issuer.replaceAll("/+$", "");
        this.http = HttpClient.newBuilder().connectTimeout(config.remoteTimeout()).build();
    }

    /** The current token, or empty when no client secret is configured or the provider cannot be reached. */
    public CompletableFuture<Optional<String>> current() {
        Cached hit = cached;
        if (client.secret().filter(s -> !s.isBlank()).isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if (hit != null && hit.until().isAfter(Instant.now())) {
            return CompletableFuture.completedFuture(Optional.of(hit.token()));
        }
        return tokenEndpoint().thenCompose(this::request).exceptionally(e -> {
            LOG.warnf("No service token from %s: %s", issuer, e.getMessage());
            return Optional.empty();
        });
    }

    private CompletableFuture<String> tokenEndpoint() {
        if (client.tokenEndpoint().isPresent()) {
            return CompletableFuture.completedFuture(client.tokenEndpoint().get());
        }
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).GET().build();
        return http.sendAsync(discovery, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> read(response).path("token_endpoint").asText());
    }

    private CompletableFuture<Optional<String>> request(String endpoint) {
        String form = "grant_type=client_credentials&client_id=" + encode(client.id()) + "&client_secret="
                + encode(client.secret().orElseThrow());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            JsonNode answer = read(response);
            String token = answer.path("access_token").asText();
            // Renewed a minute early, so a call never leaves with a token that expires on the way.
            long lifetime = Math.max(answer.path("expires_in").asLong(60) - 60, 5);
            cached = new Cached(token, Instant.now().plusSeconds(lifetime));
            return Optional.of(token);
        });
    }

    private static JsonNode read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("provider answered HTTP " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("provider answered with something else than JSON");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Cached(String token, Instant until) {
    }
}
