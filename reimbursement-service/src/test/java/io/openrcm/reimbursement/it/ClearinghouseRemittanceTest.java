package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.reimbursement.api.x12.GeneratedEra835;
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
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * reimbursement-service with a clearinghouse (an in-test MINA SSHD server): an 835 dropped in the outbound folder is
 * posted through the X12 intake of POST /remittances by the system, archived, and taken once when dropped twice; a
 * truncated and a wrong-version 835 go to the failed folder with their reason and their 999 back.
 */
@QuarkusTest
@TestSecurity(user = "admin.test", roles = {"biller", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "reimbursement_sftp"),
        @ResourceArg(name = "kafka-user", value = "reimbursement-service")})
@WithTestResource(SftpClearinghouseTestResource.class)
class ClearinghouseRemittanceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String BCBS_TRN03 = "1512345678";

    @Inject
    AgroalDataSource dataSource;
    private SftpClearinghouse clearinghouse;
    private Db db;

    @BeforeEach
    void connect() {
        clearinghouse = SftpClearinghouseTestResource.current();
        db = new Db(dataSource);
    }

    /** A generated 835 from BCBS-IL: its TRN03 is one payer_edi_identifier knows (the 835 path resolves its payer). */
    private static String era(long seed) {
        return new String(GeneratedEra835.file(seed, 1, 1, 2), StandardCharsets.ISO_8859_1)
                .replace("*1361234567~", "*" + BCBS_TRN03 + "~");
    }

    @Test
    void an835FromTheMailboxIsPostedByTheSystemArchivedAndTakenOnce() {
        String file = era(15);
        String trace = file.substring(file.indexOf("TRN*1*") + 6, file.indexOf("*" + BCBS_TRN03 + "~"));
        clearinghouse.deliver("era-15.835", file);
        awaitFile("outbound/archive/era-15.835");
        assertThat(db.count("SELECT count(*) FROM remittance WHERE trace_number = ?", trace)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM audit_record WHERE subject = ? AND action = ?",
                "system:reimbursement-service/clearinghouse", "clearinghouse.file.take")).isPositive();

        clearinghouse.deliver("era-15.835", file);
        await().atMost(PATIENCE).until(() -> !Files.exists(clearinghouse.folder("outbound/era-15.835")));
        assertThat(db.count("SELECT count(*) FROM remittance WHERE trace_number = ?", trace)).isEqualTo(1);
        List<String> rows = given().get("/admin/clearinghouse-files").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.name == 'era-15.835' }.status");
        assertThat(rows).containsExactly("DONE");
    }

    @Test
    void aTruncated835GoesToFailedWithItsReasonAndA999Back() throws IOException {
        String file = era(16);
        clearinghouse.deliver("era-16.835", file.substring(0, file.lastIndexOf("SE*")));
        awaitFile("outbound/failed/era-16.835");
        assertThat(Files.readString(clearinghouse.folder("outbound/failed/era-16.835.reason.txt"))).isNotBlank();
        assertThat(Files.readString(awaitFile("inbound/era-16.835.999"))).contains("ST*999*").contains("AK9*R");
        assertThat(given().queryParam("status", "FAILED").get("/admin/clearinghouse-files").then().statusCode(200)
                .extract().jsonPath().getList("name")).contains("era-16.835");
        // The status counts it in the work queue.
        JsonPath status = status();
        assertThat(status.getString("service")).isEqualTo("reimbursement-service");
        assertThat(status.getLong("failedFiles")).isPositive();
        assertThat(status.getString("backlogDirection")).isEqualTo("inbound");
    }

    @Test
    void theStatusShowsTheLinkDownWithItsReasonWhileTheServerIsAway() throws IOException {
        Map<String, Object> connection = new HashMap<>(given().get("/admin/clearinghouse-connections").then()
                .statusCode(200).extract().jsonPath().getMap("find { it.id == 'test-clearinghouse' }"));
        assertThat(connection.get("fileNaming")).isEqualTo("{isa13}-{payer}.837");
        Map<String, Object> away = new HashMap<>(connection);
        try (ServerSocket free = new ServerSocket(0)) {
            away.put("port", free.getLocalPort());
        }
        try {
            put(away);
            await().atMost(PATIENCE).until(() -> "DOWN".equals(status().getString("state")));
            JsonPath down = status();
            assertThat(down.getInt("consecutiveFailures")).isPositive();
            assertThat(down.getString("lastError")).isNotBlank();
            assertThat(down.getBoolean("hostKeyRefused")).isFalse();
        } finally {
            put(connection);
        }
        await().atMost(PATIENCE).until(() -> "UP".equals(status().getString("state")));
        assertThat(status().getString("lastError")).isNull();
    }

    private static JsonPath status() {
        return given().get("/admin/clearinghouse-status").then().statusCode(200).extract().jsonPath();
    }

    private static void put(Map<String, Object> connection) {
        Map<String, Object> body = new HashMap<>(connection);
        body.remove("id");
        given().contentType(ContentType.JSON).body(body).put("/admin/clearinghouse-connections/{id}",
                "test-clearinghouse").then().statusCode(200);
    }

    @Test
    void an835OfAnotherVersionGoesToFailed() {
        clearinghouse.deliver("era-17.835", era(17).replace("005010X221A1", "004010X091A1"));
        awaitFile("outbound/failed/era-17.835");
        awaitFile("inbound/era-17.835.999");
    }

    private Path awaitFile(String path) {
        Path p = clearinghouse.folder(path);
        await().atMost(PATIENCE).until(() -> Files.exists(p));
        return p;
    }
}
