package io.openrcm.reimbursement.it;

import io.openrcm.testsupport.JsonStructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for claim-service's {@code POST /claims/balances} on a free local port: it answers the balances the
 * test put in {@link #BALANCES} (claim id to paid, adjustments, patient responsibility) and counts the requests.
 */
public class ClaimServiceStub implements QuarkusTestResourceLifecycleManager {

    /** The balances claim-service "has": claim id to {paid, adjustments, patientResponsibility}. */
    static final Map<String, String[]> BALANCES = new ConcurrentHashMap<>();
    static final AtomicInteger REQUESTS = new AtomicInteger();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the claim-service stub", e);
        }
        server.createContext("/claims/balances", ClaimServiceStub::answer);
        server.start();
        return Map.of("rcm.reimbursement.claim-service-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "rcm.reimbursement.reconciliation.batch-size", "2");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        REQUESTS.incrementAndGet();
        JsonNode request = JsonStructure.MAPPER.readTree(exchange.getRequestBody());
        ObjectNode answer = JsonStructure.MAPPER.createObjectNode();
        ArrayNode items = answer.putArray("items");
        ArrayNode unknown = answer.putArray("unknown");
        for (JsonNode id : request.get("claimIds")) {
            String[] b = BALANCES.get(id.asText());
            if (b == null) {
                unknown.add(id.asText());
                continue;
            }
            ObjectNode item = items.addObject().put("claimId", id.asText()).put("status", "PAID");
            item.putObject("balance").put("paid", b[0]).put("adjustments", b[1]).put("patientResponsibility", b[2])
                    .put("creditBalance", "0.00");
        }
        byte[] body = JsonStructure.MAPPER.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
