package io.openrcm.bench;

import io.openrcm.infra.ClientCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A small HTTP/1.1 client for the services' REST APIs; every request carries the bench client's bearer token. */
final class Http {

    private final ClientCredentials credentials;

    Http(ClientCredentials credentials) {
        this.credentials = credentials;
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    // The token is cached and renewed before it expires, so a long run never sends an expired one.
    private HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", credentials.authorization());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(authorized(url).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String url) {
        return client.sendAsync(authorized(url).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String contentType, byte[] body) throws IOException, InterruptedException {
        return client.send(request(url, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String url, String contentType, byte[] body) {
        return client.sendAsync(request(url, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String url, String contentType, byte[] body) {
        return authorized(url).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
