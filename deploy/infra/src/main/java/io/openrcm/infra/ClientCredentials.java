package io.openrcm.infra;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OAuth 2.0 client-credentials token for a real-process caller (bench, system tests, scripts' Java helpers):
 * fetched from the token endpoint, cached, and renewed 30 seconds before it expires.
 */
public final class ClientCredentials {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private final String tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentials(String tokenEndpoint, String clientId, String clientSecret) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** A valid access token, fetched again when the cached one is about to expire. */
    public synchronized String token() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            fetch();
        }
        return token;
    }

    /** {@code Bearer <token>}, the Authorization header's value. */
    public String authorization() {
        return "Bearer " + token();
    }

    private void fetch() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher access = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !access.find()) {
                throw new IllegalStateException("Token endpoint " + tokenEndpoint + " refused client " + clientId
                        + ": HTTP " + response.statusCode());
            }
            Matcher expires = EXPIRES_IN.matcher(response.body());
            long lifetime = expires.find() ? Long.parseLong(expires.group(1)) : 60;
            token = access.group(1);
            renewAt = Instant.now().plusSeconds(Math.max(lifetime - 30, 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Token endpoint " + tokenEndpoint + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
