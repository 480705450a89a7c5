package io.openrcm.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.openrcm.infra.ClientCredentials;
import io.openrcm.infra.TrustedCa;
import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackOptions;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole revenue cycle through SFTP (issue 15): a stack of its own with the payer simulator; encounters go in by
 * REST and nothing else is posted: the 837P files go up to the simulator's mailbox, its 999 and 277CA come back to
 * claim-service, its 835s to reimbursement-service, and the claims end adjudicated (paid, in part or denied).
 */
class SftpRevenueCycleSystemTest {

    private static final Set<String> ANSWERED = Set.of("PAID", "PARTIALLY_PAID", "DENIED", "REJECTED");
    private static Stack stack;
    private static ClientCredentials client;
    private static RestAssuredConfig tls;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "stack-sftp-");
        stack = Stack.start(StackOptions.forTestsWithPayerSimulator(dataDir));
        tls = RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig()
                .trustStore(TrustedCa.keyStore(stack.caCertificate())));
        client = new ClientCredentials(stack.tokenEndpoint(), "openrcm-bench", "dev-openrcm-bench-secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    private static RequestSpecification at(String service) {
        return given().spec(new RequestSpecBuilder().setBaseUri(stack.service(service).baseUrl()).setConfig(tls)
                .addHeader("Authorization", client.authorization()).build());
    }

    @Test
    void encountersInClaimsAdjudicatedWithNoManualPost() {
        List<String> encounters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            encounters.add(at("code-service").contentType(ContentType.JSON)
                    .body(Payloads.encounter("SFTP-" + UUID.randomUUID())).post("/encounters").then().statusCode(201)
                    .extract().path("encounterId"));
        }
        List<String> claims = new ArrayList<>();
        for (String encounterId : encounters) {
            await().atMost(Duration.ofSeconds(60)).until(() -> claimsOf(encounterId).size() == 1);
            claims.add((String) claimsOf(encounterId).get(0).get("claimId"));
        }
        // 837P up, 999 and 277CA back, then (after the payer's adjudication delay) an 835 per payer per cycle.
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() -> claims.stream()
                .allMatch(id -> ANSWERED.contains(claim(id).getString("status"))));

        JsonPath first = claim(claims.get(0));
        JsonPath transfer = at("claim-service").get("/submissions/{id}/summary", first.getString("lastSubmissionId"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(transfer.getString("transfer.status")).isEqualTo("DELIVERED");
        assertThat(transfer.getString("transfer.fileName")).endsWith(".837");
        assertThat(claims.stream().map(id -> claim(id).getString("balance.paid"))
                .filter(paid -> !"0.00".equals(paid)).count()).as("claims paid by the simulator's 835s").isPositive();

        assertThat(at("claim-service").queryParam("status", "FAILED").get("/admin/clearinghouse-files").then()
                .statusCode(200).extract().jsonPath().getList("name")).isEmpty();
        assertThat(at("reimbursement-service").queryParam("status", "DONE").get("/admin/clearinghouse-files").then()
                .statusCode(200).extract().jsonPath().getList("name")).isNotEmpty();
        assertThat(at("reimbursement-service").queryParam("status", "FAILED").get("/admin/clearinghouse-files").then()
                .statusCode(200).extract().jsonPath().getList("name")).isEmpty();
    }

    private static JsonPath claim(String claimId) {
        return at("claim-service").get("/claims/" + claimId).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> claimsOf(String encounterId) {
        return at("claim-service").queryParam("encounterId", encounterId).get("/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
