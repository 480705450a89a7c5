package io.openrcm.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The HTTP client of the access and tenancy contracts. HTTP/1.1 (no h2c upgrade), one client per test instance (each
 * test class's application listens on a random port a later class may get again), and one more try when the
 * connection fails before any answer: the server may close a pooled keep-alive connection just as the next request is
 * written on it (seen in CI as an EOF on a GET right after a refused POST). A second failure is the test's failure; a
 * timeout is never retried.
 */
final class ContractHttp {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<InputStream> send(HttpRequest request, boolean mayRetry) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            if (!mayRetry) {
                throw e;
            }
            System.err.printf("%s %s: connection failed before an answer (%s); trying once more%n",
                    request.method(), request.uri().getPath(), e);
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
    }

    String sendForString(HttpRequest request) throws IOException, InterruptedException {
        try (InputStream body = send(request, true).body()) {
            return new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
