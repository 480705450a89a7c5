package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.SftpClearinghouse;
import io.openrcm.testsupport.SftpClearinghouseTestResource;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * claim-service with a clearinghouse (an in-test MINA SSHD server): the 837P goes up by SFTP and only its delivery
 * makes the claim SUBMITTED; a 999 dropped in the outbound folder is applied and archived; the same file twice is
 * taken once; a truncated file and a wrong-version file go to the failed folder with their reason, their 999 back in
 * the inbound folder, and into the admin work queue.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = {@ResourceArg(name = "database", value = "claims_sftp"),
        @ResourceArg(name = "kafka-user", value = "claim-service")})
@WithTestResource(SftpClearinghouseTestResource.class)
class ClearinghouseFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;
    private ClaimFlow flow;
    private SftpClearinghouse clearinghouse;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        flow = new ClaimFlow(kafka);
        clearinghouse = SftpClearinghouseTestResource.current();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void theClaimGoesUpBySftpAndItsAcknowledgmentComesBackThroughTheMailbox() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        flow.sendEncounter(encounter, "corr-sftp-1");
        String claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
        ClaimFlow.awaitStatus(claimId, "SUBMITTED");

        String submissionId = ClaimFlow.claim(claimId).getString("lastSubmissionId");
        String sent = given().get("/submissions/{id}", submissionId).then().statusCode(200).extract().asString();
        Path uploaded = await().atMost(ClaimFlow.PATIENCE).until(() -> find("inbound", sent), p -> p != null);
        assertThat(uploaded.getFileName().toString()).endsWith(".837");
        assertThat(Files.readString(uploaded)).isEqualTo(sent);
        try (Stream<Path> parts = Files.list(clearinghouse.folder("inbound"))) {
            assertThat(parts.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        JsonPath summary = given().get("/submissions/{id}/summary", submissionId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(summary.getString("transfer.status")).isEqualTo("DELIVERED");
        assertThat(summary.getString("transfer.fileName")).isEqualTo(uploaded.getFileName().toString());
        assertThat(summary.getLong("transfer.size")).isEqualTo(Files.size(uploaded));
        assertThat(summary.getString("transfer.sha256")).hasSize(64);
        assertThat(summary.getString("transfer.deliveredAt")).isNotBlank();
        int group = summary.getInt("groupControlNumber");
        String st = summary.getString("claims.find { it.claimId == '" + claimId + "' }.transactionControlNumber");
        String ack = Acks.x999(group, st, true);
        clearinghouse.deliver("ack-" + group + ".999", ack);
        ClaimFlow.awaitStatus(claimId, "ACCEPTED");
        awaitFile("outbound/archive/ack-" + group + ".999");
        assertThat(clearinghouse.folder("outbound/ack-" + group + ".999")).doesNotExist();

        // The clearinghouse drops the very same file again: moved to the archive, not taken a second time.
        clearinghouse.deliver("ack-" + group + ".999", ack);
        await().atMost(ClaimFlow.PATIENCE).until(() -> !Files.exists(clearinghouse.folder("outbound/ack-" + group
                + ".999")));
        List<String> names = given().get("/admin/clearinghouse-files").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.name == 'ack-" + group + ".999' }.status");
        assertThat(names).containsExactly("DONE");
        assertThat(ClaimFlow.claim(claimId).getString("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void aClaimStaysReadyWhileItsFileCannotBeDeliveredAndIsSubmittedOnceItIs() throws Exception {
        Path inbound = clearinghouse.folder("inbound");
        Path away = clearinghouse.folder("inbound-away");
        Files.move(inbound, away);
        String claimId;
        String submissionId;
        try {
            ObjectNode encounter = GoldenEvents.encounterCoded();
            flow.sendEncounter(encounter, "corr-sftp-2");
            claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
            // Written into an interchange that waits for its upload: the claim is READY, not SUBMITTED.
            String claim = claimId;
            await().atMost(ClaimFlow.PATIENCE).until(() -> pendingSubmissionOf(claim) != null);
            submissionId = pendingSubmissionOf(claimId);
            await().atMost(ClaimFlow.PATIENCE).until(() -> given().get("/submissions/{id}/summary", submissionId)
                    .then().extract().jsonPath().getInt("transfer.attempts") > 0);
            JsonPath waiting = given().get("/submissions/{id}/summary", submissionId).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(waiting.getString("transfer.status")).isEqualTo("PENDING");
            assertThat(waiting.getString("transfer.lastError")).isNotBlank();
            assertThat(ClaimFlow.claim(claimId).getString("status")).isEqualTo("READY");
        } finally {
            Files.move(away, inbound);
        }
        // The mailbox is back: the file is sent again whole, and only now is the claim SUBMITTED.
        ClaimFlow.awaitStatus(claimId, "SUBMITTED");
        JsonPath delivered = given().get("/submissions/{id}/summary", submissionId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(delivered.getString("transfer.status")).isEqualTo("DELIVERED");
        assertThat(delivered.getString("transfer.lastError")).isNull();
        String sent = given().get("/submissions/{id}", submissionId).then().statusCode(200).extract().asString();
        assertThat(Files.readString(inbound.resolve(delivered.getString("transfer.fileName")))).isEqualTo(sent);
    }

    /** The id of the PENDING submission holding the claim, from the recent submissions' summaries. */
    private String pendingSubmissionOf(String claimId) {
        List<String> ids = given().get("/submissions").then().statusCode(200).extract().jsonPath()
                .getList("items.submissionId");
        for (String id : ids) {
            JsonPath s = given().get("/submissions/{id}/summary", id).then().statusCode(200).extract().jsonPath();
            if ("PENDING".equals(s.getString("transfer.status")) && s.getList("claims.claimId").contains(claimId)) {
                return id;
            }
        }
        return null;
    }

    @Test
    void aTruncatedFileGoesToFailedWithItsReasonAndA999Back() throws IOException {
        String whole = Acks.x999(1, "0001", true);
        clearinghouse.deliver("cut.999", whole.substring(0, whole.indexOf("AK9")));
        awaitFile("outbound/failed/cut.999");
        assertThat(Files.readString(clearinghouse.folder("outbound/failed/cut.999.reason.txt"))).contains("end of stream");
        Path ack = awaitFile("inbound/cut.999.999");
        assertThat(Files.readString(ack)).startsWith("ISA*").contains("ST*999*").contains("AK9*R");
        List<String> failed = given().queryParam("status", "FAILED").get("/admin/clearinghouse-files").then()
                .statusCode(200).extract().jsonPath().getList("name");
        assertThat(failed).contains("cut.999");
    }

    @Test
    void aFileOfAnotherVersionGoesToFailed() throws IOException {
        String old = Acks.x999(2, "0001", true).replace("*00501*", "*00401*");
        clearinghouse.deliver("old.999", old);
        awaitFile("outbound/failed/old.999");
        assertThat(Files.readString(clearinghouse.folder("outbound/failed/old.999.reason.txt"))).contains("00401");
        awaitFile("inbound/old.999.999");
    }

    @Test
    void theStatusShowsTheLinkDownWithItsReasonWhileTheServerIsAwayAndUpOnceItIsBack() throws Exception {
        await().atMost(ClaimFlow.PATIENCE).until(() -> "UP".equals(status().getString("state")));
        Map<String, Object> connection = connection();
        Map<String, Object> away = new HashMap<>(connection);
        try (ServerSocket free = new ServerSocket(0)) {
            away.put("port", free.getLocalPort());
        }
        try {
            putConnection(away).then().statusCode(200);
            await().atMost(ClaimFlow.PATIENCE).until(() -> "DOWN".equals(status().getString("state")));
            JsonPath down = status();
            assertThat(down.getString("service")).isEqualTo("claim-service");
            assertThat(down.getString("connection")).isEqualTo("test-clearinghouse");
            assertThat(down.getInt("consecutiveFailures")).isPositive();
            assertThat(down.getString("lastError")).isNotBlank();
            assertThat(down.getBoolean("hostKeyRefused")).isFalse();
            assertThat(down.getString("backlogDirection")).isEqualTo("outbound");
            assertThat(down.getLong("failedFiles")).isNotNegative();
        } finally {
            putConnection(connection).then().statusCode(200);
        }
        await().atMost(ClaimFlow.PATIENCE).until(() -> "UP".equals(status().getString("state")));
        assertThat(status().getString("lastError")).isNull();
        assertThat(status().getString("lastSuccess")).isNotBlank();
    }

    @Test
    void theConnectionsFileNamingRuleNamesTheUploadedFile() throws Exception {
        Map<String, Object> connection = connection();
        assertThat(connection.get("fileNaming")).isEqualTo("{isa13}-{payer}.837");
        Map<String, Object> bad = new HashMap<>(connection);
        bad.put("fileNaming", "{payer}.837");
        putConnection(bad).then().statusCode(400).body("violations.pointer", hasItem("/fileNaming"));
        assertThat(connection().get("fileNaming")).isEqualTo("{isa13}-{payer}.837");

        Map<String, Object> renamed = new HashMap<>(connection);
        renamed.put("fileNaming", "OPENRCM_{payer}_{isa13}.837");
        putConnection(renamed).then().statusCode(200).body("fileNaming", is("OPENRCM_{payer}_{isa13}.837"));
        try {
            ObjectNode encounter = GoldenEvents.encounterCoded();
            flow.sendEncounter(encounter, "corr-sftp-naming");
            String claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
            ClaimFlow.awaitStatus(claimId, "SUBMITTED");
            String submissionId = ClaimFlow.claim(claimId).getString("lastSubmissionId");
            String sent = given().get("/submissions/{id}", submissionId).then().statusCode(200).extract().asString();
            Path uploaded = await().atMost(ClaimFlow.PATIENCE).until(() -> find("inbound", sent), p -> p != null);
            assertThat(uploaded.getFileName().toString()).matches("OPENRCM_[A-Za-z0-9_-]+_\\d{9}\\.837");
            assertThat(given().get("/submissions/{id}/summary", submissionId).then().statusCode(200).extract()
                    .jsonPath().getString("transfer.fileName")).isEqualTo(uploaded.getFileName().toString());
        } finally {
            putConnection(connection).then().statusCode(200);
        }
    }

    private static JsonPath status() {
        return given().get("/admin/clearinghouse-status").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> connection() {
        return new HashMap<>(given().get("/admin/clearinghouse-connections").then().statusCode(200).extract()
                .jsonPath().getMap("find { it.id == 'test-clearinghouse' }"));
    }

    private static io.restassured.response.Response putConnection(Map<String, Object> connection) {
        Map<String, Object> body = new HashMap<>(connection);
        body.remove("id");
        return given().contentType(ContentType.JSON).body(body)
                .put("/admin/clearinghouse-connections/{id}", "test-clearinghouse");
    }

    private Path awaitFile(String path) {
        Path p = clearinghouse.folder(path);
        await().atMost(ClaimFlow.PATIENCE).until(() -> Files.exists(p));
        return p;
    }

    private Path find(String folder, String content) throws IOException {
        try (Stream<Path> files = Files.list(clearinghouse.folder(folder))) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().endsWith(".837") && Files.readString(p).equals(content)) {
                    return p;
                }
            }
        }
        return null;
    }
}
