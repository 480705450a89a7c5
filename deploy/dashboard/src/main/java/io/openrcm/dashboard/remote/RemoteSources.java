package io.openrcm.dashboard.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.dashboard.config.DashboardConfig;
import io.openrcm.platform.http.ServiceHttpClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Reads the other services' JSON read APIs for the summary. A service that is down, slow or does not have the
 * endpoint yet gives an unavailable answer (the page shows n/a), never a failure of the summary. Answers are reused
 * for a short while so many open pages cost the services little.
 */
@ApplicationScoped
public class RemoteSources {

    private static final Logger LOG = Logger.getLogger(RemoteSources.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DashboardConfig config;
    private final ServiceTokens tokens;
    private final HttpClient client;
    private final Map<String, CompletableFuture<RemoteAnswer>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    public RemoteSources(DashboardConfig config, ServiceHttpClients clients, ServiceTokens tokens) {
        this.config = config;
        this.tokens = tokens;
        // HTTPS to the other services trusts the configured CA (the local stack's, or production's).
        this.client = clients.builder().connectTimeout(config.remoteTimeout()).build();
    }

    /**
     * GET baseUrl + path as JSON, as the dashboard's own client (role revenue-manager): only for what holds no
     * practice's or patient's data and that role may read (the clearinghouse status). Never parked events.
     */
    public CompletableFuture<RemoteAnswer> get(String name, String baseUrl, String path) {
        return get(name, baseUrl, path, "", () -> tokens.current());
    }

    /**
     * GET baseUrl + path as JSON with the signed-in caller's own token, so the other service scopes the figures to
     * the caller's practices; answers are shared only between callers of the same practices. Without a token to
     * forward the figures are unavailable, never read with the dashboard's own (all-practice) client.
     */
    public CompletableFuture<RemoteAnswer> getAs(String name, String baseUrl, String path, Optional<String> userToken,
            Set<String> practices) {
        if (userToken.isEmpty()) {
            return CompletableFuture.completedFuture(RemoteAnswer.unavailable(name,
                    baseUrl.replaceAll("/+$", "") + path, "no signed-in token to forward"));
        }
        String scope = String.join(",", new TreeSet<>(practices));
        return get(name, baseUrl, path, scope, () -> CompletableFuture.completedFuture(userToken));
    }

    private CompletableFuture<RemoteAnswer> get(String name, String baseUrl, String path, String scope,
            Supplier<CompletableFuture<Optional<String>>> token) {
        String url = baseUrl.replaceAll("/+$", "") + path;
        String key = scope + "|" + url;
        Cached hit = cache.get(key);
        if (hit != null && hit.until.isAfter(Instant.now())) {
            return CompletableFuture.completedFuture(hit.answer.as(name));
        }
        // Registered before the fetch starts: a refused connection can complete the fetch synchronously, and removing
        // the entry from inside computeIfAbsent would then fail with "Recursive update".
        CompletableFuture<RemoteAnswer> mine = new CompletableFuture<>();
        CompletableFuture<RemoteAnswer> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            // The same URL asked under another name (two services at one address): the same answer, under this name.
            return running.thenApply(a -> a.as(name));
        }
        token.get().thenCompose(t -> fetch(name, url, t)).whenComplete((answer, e) -> {
            inFlight.remove(key, mine);
            if (answer != null) {
                cache.put(key, new Cached(answer, Instant.now().plus(config.remoteCache())));
                mine.complete(answer);
            } else {
                mine.completeExceptionally(e);
            }
        });
        return mine;
    }

    private CompletableFuture<RemoteAnswer> fetch(String name, String url, Optional<String> token) {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(config.remoteTimeout())
                    .header("Accept", "application/json").GET();
            token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(RemoteAnswer.unavailable(name, url, "bad URL"));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, e) -> {
            if (e != null) {
                String reason = rootMessage(e);
                LOG.debugf("%s unavailable: %s", url, reason);
                return RemoteAnswer.unavailable(name, url, reason);
            }
            if (response.statusCode() != 200) {
                return RemoteAnswer.unavailable(name, url, "HTTP " + response.statusCode());
            }
            try {
                return RemoteAnswer.ok(name, url, JSON.readTree(response.body()));
            } catch (Exception parse) {
                return RemoteAnswer.unavailable(name, url, "not JSON");
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private record Cached(RemoteAnswer answer, Instant until) {
    }

    /** One service's answer: its JSON body, or why there is none. */
    public record RemoteAnswer(String name, String url, JsonNode body, String problem) {

        static RemoteAnswer ok(String name, String url, JsonNode body) {
            return new RemoteAnswer(name, url, body, null);
        }

        static RemoteAnswer unavailable(String name, String url, String problem) {
            return new RemoteAnswer(name, url, null, problem);
        }

        /** The same answer under another source's name. */
        RemoteAnswer as(String otherName) {
            return otherName.equals(name) ? this : new RemoteAnswer(otherName, url, body, problem);
        }

        /** Whether the service answered. */
        public boolean available() {
            return body != null;
        }

        /** A field as text, or null when the answer or the field is missing. */
        public String text(String field) {
            JsonNode v = body == null ? null : body.get(field);
            return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
        }

        /** A whole-number field, or null when missing or not a number. */
        public Long count(String field) {
            JsonNode v = body == null ? null : body.get(field);
            return v != null && v.canConvertToLong() ? v.asLong() : null;
        }
    }
}
