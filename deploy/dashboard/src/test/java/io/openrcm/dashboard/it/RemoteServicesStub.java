package io.openrcm.dashboard.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for claim-, code- and reimbursement-service's read APIs behind the dashboard: it keeps every bearer token
 * it is sent, and answers each with the figures of the token's practices (as the real services scope by the token),
 * so a summary shows whose token the dashboard forwarded. Parked events answer one event to an administrator's token
 * and 403 to any other, as the access matrix has the services do.
 */
final class RemoteServicesStub implements AutoCloseable {

    /** A call the stub received: the path and the bearer token it carried (empty when none). */
    record Call(String path, String token) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    RemoteServicesStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** A marker of the practices a token carries, such as {@code P-1679576722}: what the figures answer with. */
    static String marker(Set<String> practices) {
        return "P-" + String.join("+", new TreeSet<>(practices));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(path, token));
        if (token.isEmpty()) {
            respond(exchange, 401, "{}");
            return;
        }
        boolean administrator = false;
        for (JsonNode role : TestTokens.claims(token).path("realm_access").path("roles")) {
            administrator |= role.asText().equals("administrator");
        }
        if (path.equals("/admin/parked-events") && !administrator) {
            respond(exchange, 403, "{}");
            return;
        }
        Set<String> practices = new TreeSet<>();
        TestTokens.claims(token).path("practices").forEach(p -> practices.add(p.asText()));
        String marker = marker(practices);
        // Different counts per practice set as well: Prairie alone 2, anything with Lakeside 7.
        long count = practices.equals(Set.of(TestPractices.PRAIRIE)) ? 2 : 7;
        String body = switch (path) {
            case "/ar/metrics" -> "{\"cleanClaimRate\":\"" + marker + "\",\"daysInAR\":\"" + count + "\"}";
            case "/work-queue/summary" -> "{\"SCRUB_FAILED\":" + count + ",\"REJECTED\":" + count + "}";
            case "/coding-queue", "/exceptions" -> "{\"total\":" + count + ",\"items\":[]}";
            case "/underpayments" -> "{\"total\":1,\"totalUnderpaid\":\"" + count + ".00\",\"items\":[{\"claimId\":\""
                    + marker + "\"}]}";
            case "/admin/parked-events" -> "[{\"id\":1,\"consumer\":\"stub\",\"reason\":\"boom\",\"attempts\":5}]";
            case "/admin/clearinghouse-status" -> "{\"state\":\"DOWN\",\"connection\":\"stub\","
                    + "\"consecutiveFailures\":2,\"lastError\":\"ConnectException: Connection refused\","
                    + "\"hostKeyRefused\":true,\"backlog\":4,\"backlogDirection\":\"outbound\",\"failedFiles\":1}";
            default -> null;
        };
        respond(exchange, body == null ? 404 : 200, body == null ? "{}" : body);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The claims of a recorded token (unverified: the dashboard, not the stub, verified it). */
    static JsonNode claimsOf(Call call) {
        return TestTokens.claims(call.token());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
