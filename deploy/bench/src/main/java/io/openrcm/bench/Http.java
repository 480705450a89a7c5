package io.openrcm.bench;

import io.openrcm.infra.ClientCredentials;
import io.openrcm.infra.TrustedCa;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP client of the bench, the chaos run and the chaos system test (HTTP/1.1, or HTTP/2 for the bench's paced
 * single POSTs, see {@link BenchOptions#httpVersion()}): every request to the services is
 * built in {@link #request}, which adds the client's bearer token (cached and renewed); it trusts the local stack's CA
 * when there is one ({@link TrustedCa}). A retrying client ({@link #retryingFor}) sends a request again while a service or its database is away (no answer, or any 5xx);
 * that is safe because every POST it sends is idempotent (code-service keys encounters by ehrEncounterId,
 * reimbursement-service remittances by payer and trace number).
 */
public final class Http {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final HttpClient client;
    private final ClientCredentials credentials;
    private final Duration retryFor;
    private final Executor pause = CompletableFuture.delayedExecutor(RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);

    /** An HTTP/1.1 client that reports failures as they come, trusting the stack's CA when there is one. */
    public Http(Path caCertificate, ClientCredentials credentials) {
        this(Duration.ZERO, caCertificate, credentials, HttpClient.Version.HTTP_1_1);
    }

    /**
     * A client that reports failures as they come (the benchmark). Over HTTP/1.1 every request sent while the others
     * are still waiting opens a connection of its own (a TLS handshake each); over HTTP/2 they share one.
     */
    public Http(Path caCertificate, ClientCredentials credentials, HttpClient.Version version) {
        this(Duration.ZERO, caCertificate, credentials, version);
    }

    private Http(Duration retryFor, Path caCertificate, ClientCredentials credentials, HttpClient.Version version) {
        this.retryFor = retryFor;
        this.credentials = credentials;
        HttpClient.Builder builder = HttpClient.newBuilder().version(version)
                .connectTimeout(Duration.ofSeconds(5));
        if (caCertificate != null && Files.isRegularFile(caCertificate)) {
            builder.sslContext(TrustedCa.sslContext(caCertificate));
        }
        client = builder.build();
    }

    /** A client that retries a request for up to this long while it finds no answer or a 5xx (the chaos run). */
    public static Http retryingFor(Duration retryFor, Path caCertificate, ClientCredentials credentials) {
        return new Http(retryFor, caCertificate, credentials, HttpClient.Version.HTTP_1_1);
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(request(url).timeout(Duration.ofSeconds(60)).GET().build());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String url) {
        return sendAsync(request(url).timeout(Duration.ofSeconds(60)).GET().build(), deadline());
    }

    public HttpResponse<String> post(String url, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(post(url, contentType, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    CompletableFuture<HttpResponse<String>> postAsync(String url, String contentType, byte[] body) {
        return sendAsync(post(url, contentType, HttpRequest.BodyPublishers.ofByteArray(body)), deadline());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        long deadline = deadline();
        while (true) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (!retryable(response.statusCode()) || System.nanoTime() >= deadline) {
                    return response;
                }
            } catch (IOException e) {
                if (System.nanoTime() >= deadline) {
                    throw e;
                }
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request, long deadline) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            boolean again = (error != null || retryable(response.statusCode())) && System.nanoTime() < deadline;
            if (again) {
                return CompletableFuture.runAsync(() -> { }, pause).thenCompose(x -> sendAsync(request, deadline));
            }
            return error != null ? CompletableFuture.<HttpResponse<String>>failedFuture(error)
                    : CompletableFuture.completedFuture(response);
        }).thenCompose(f -> f);
    }

    private long deadline() {
        return System.nanoTime() + retryFor.toNanos();
    }

    private static boolean retryable(int status) {
        return status >= 500;
    }

    private HttpRequest post(String url, String contentType, HttpRequest.BodyPublisher body) {
        return request(url).timeout(Duration.ofSeconds(120)).header("Content-Type", contentType).POST(body).build();
    }

    /** Where every request starts; the token is renewed before it expires, so a long run never sends an expired one. */
    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", credentials.authorization());
    }
}
