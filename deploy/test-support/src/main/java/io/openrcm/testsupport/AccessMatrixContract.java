package io.openrcm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * What every service proves about its REST operations, against its own OpenAPI document and real tokens from the test
 * Keycloak: the matrix lists exactly its operations; without a token each is a 401 problem+json; a role the matrix
 * does not allow gets a 403 problem+json; an allowed role gets past the check. Extend it in a {@code @QuarkusTest}
 * that runs with {@code KeycloakTestResource}.
 */
public abstract class AccessMatrixContract {

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContractHttp http = new ContractHttp();

    private Map<String, String> requestTypes;

    /** The service's name in the matrix file. */
    protected abstract String service();

    /** Where the service under test answers (its root). */
    protected abstract URI baseUri();

    @Test
    public void theMatrixListsExactlyTheOperationsOfTheOpenApiDocument() {
        Set<String> documented = documentedOperations().keySet();
        Set<String> listed = new TreeSet<>();
        AccessMatrix.load().of(service()).forEach(row -> listed.add(row.operation()));
        assertThat(documented).as("operations of %s with no row in deploy/security/access-matrix.csv", service())
                .isSubsetOf(listed);
        assertThat(listed).as("rows of %s in deploy/security/access-matrix.csv with no operation", service())
                .isSubsetOf(documented);
    }

    @Test
    public void everyOperationRefusesARequestWithoutAToken() {
        List<String> wrong = new ArrayList<>();
        for (AccessMatrix.Row row : AccessMatrix.load().of(service())) {
            Answer answer = call(row, null);
            if (answer.status() != 401 || !answer.isProblem()) {
                wrong.add(row.operation() + " -> " + answer);
            }
        }
        assertThat(wrong).as("operations that did not answer 401 problem+json without a token").isEmpty();
    }

    @Test
    public void everyOperationRefusesTheRolesTheMatrixDoesNotAllowAndAdmitsTheOthers() {
        List<String> wrong = new ArrayList<>();
        for (AccessMatrix.Row row : AccessMatrix.load().of(service())) {
            for (String role : AccessMatrix.ROLES) {
                Answer answer = call(row, TestTokens.forRole(role));
                boolean allowed = row.roles().contains(role);
                if (!allowed && (answer.status() != 403 || !answer.isProblem())) {
                    wrong.add(row.operation() + " as " + role + " (not allowed) -> " + answer);
                }
                // A 503 problem is a service this one depends on being away (reimbursement's reconciliation reads
                // claim-service, which no service test runs): admitted, not an authorization answer. Any other 5xx fails.
                boolean dependencyAway = answer.status() == 503 && answer.isProblem();
                if (allowed && (answer.status() == 401 || answer.status() == 403
                        || (answer.status() >= 500 && !dependencyAway))) {
                    wrong.add(row.operation() + " as " + role + " (allowed) -> " + answer);
                }
            }
        }
        assertThat(wrong).as("operations whose answer does not follow the matrix").isEmpty();
    }

    @Test
    public void aRefusedTokenIsA401ProblemNamingTheCheckThatFailed() throws InterruptedException {
        AccessMatrix.Row row = AccessMatrix.load().of(service()).get(0);
        String expiring = TestTokens.clientCredentialsVia("127.0.0.1", "short-lived");
        // Used once while valid, so that the service has verified (and may remember) it before it expires.
        Answer whileValid = call(row, expiring);
        Map<String, String> tokenByCheck = Map.of(
                "token-signature", BadTokens.withBrokenSignature(TestTokens.forRole("biller")),
                "token-audience", TestTokens.clientCredentials("no-audience"),
                "token-issuer", TestTokens.clientCredentialsVia("localhost", "ehr-lakeside"));
        List<String> wrong = new ArrayList<>();
        if (whileValid.status() == 401) {
            wrong.add("a valid short-lived token before its exp -> " + whileValid);
        }
        tokenByCheck.forEach((check, token) -> expectRefusal(row, token, check, wrong));
        BadTokens.awaitExpiry(expiring);
        // Verified once above: a service that remembers verified tokens must still refuse it after its exp.
        expectRefusal(row, expiring, "token-expired", wrong);
        Answer garbage = call(row, "not-a-token");
        if (garbage.status() != 401 || !garbage.isProblem()) {
            wrong.add("a token that is no JWT -> " + garbage);
        }
        assertThat(wrong).as("refused tokens whose 401 problem+json does not name the failed check").isEmpty();
    }

    private void expectRefusal(AccessMatrix.Row row, String token, String check, List<String> wrong) {
        Answer answer = call(row, token);
        if (answer.status() != 401 || !answer.isProblem() || !answer.bodyStart().contains("problems/" + check)) {
            wrong.add(check + ": " + row.operation() + " -> " + answer);
        }
    }

    /** The value put in for a path parameter; override for a parameter whose value must have a given shape. */
    protected String pathValue(String name) {
        return switch (name) {
            case "id" -> "00000000-0000-4000-8000-000000000000";
            case "npi" -> "1234567893";
            case "system" -> "ICD10CM";
            default -> "unknown";
        };
    }

    /** Calls one operation of the matrix with an empty JSON body where it takes one. */
    protected Answer call(AccessMatrix.Row row, String token) {
        String path = row.path();
        for (String name : placeholders(path)) {
            path = path.replace("{" + name + "}", pathValue(name));
        }
        return send(row.method(), path, token, requestTypes().getOrDefault(row.operation(), "application/json"));
    }

    private Map<String, String> requestTypes() {
        if (requestTypes == null) {
            requestTypes = documentedOperations();
        }
        return requestTypes;
    }

    /** Sends one request; reads only the status, the content type and the start of the body (an SSE stream never ends). */
    protected Answer send(String method, String path, String token, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "*/*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        // The operation's own media type: JAX-RS picks the method by it, and answers 415 before any security check.
        request.header("Content-Type", contentType)
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        try {
            // The matrix's bodies are empty objects every operation refuses or ignores: trying again changes nothing.
            HttpResponse<InputStream> response = http.send(request.build(), true);
            String answered = response.headers().firstValue("Content-Type").orElse("");
            String start = "";
            if (!answered.startsWith("text/event-stream")) {
                try (InputStream body = response.body()) {
                    start = new String(body.readNBytes(300));
                }
            } else {
                response.body().close();
            }
            return new Answer(response.statusCode(), answered, start);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation of the OpenAPI document ("METHOD /path") with the first media type its request body takes. */
    private Map<String, String> documentedOperations() {
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("q/openapi?format=json")).timeout(Duration.ofSeconds(30)).build();
        try {
            JsonNode paths = JSON.readTree(http.sendForString(request)).path("paths");
            Map<String, String> operations = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fields().forEachRemaining(operation -> {
                    if (HTTP_METHODS.contains(operation.getKey())) {
                        Iterator<String> types = operation.getValue().path("requestBody").path("content").fieldNames();
                        operations.put(operation.getKey().toUpperCase() + " " + path.getKey(),
                                types.hasNext() ? types.next() : "application/json");
                    }
                });
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the OpenAPI document of " + service(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', open + 1)) {
            names.add(path.substring(open + 1, path.indexOf('}', open)));
        }
        return names;
    }

    /** What an operation answered. */
    public record Answer(int status, String contentType, String bodyStart) {

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + bodyStart.replaceAll("\\s+", " ");
        }
    }
}
