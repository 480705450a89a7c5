package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.EventContracts;
import io.openrcm.testsupport.JsonStructure;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: a read writes a record with the caller and the patient, a refused attempt is recorded, the table
 * refuses UPDATE and DELETE, every record reaches the audit topic in the contract's shape, and an auditor finds who
 * looked at a patient with one request.
 */
@QuarkusTest
@TestSecurity(user = "biller.lakeside", roles = "biller")
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_LAKESIDE, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class AuditTrailTest {

    /** The claim's patient id (each golden encounter gets a patient of its own). */
    static String patient;
    static String claimId;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void aLakesideClaim() throws Exception {
        if (claimId == null) {
            try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
                claimId = new ClaimFlow(kafka).createGoldenClaim("corr-audit");
            }
            patient = ClaimFlow.claim(claimId).getString("patient.id");
        }
    }

    @Test
    void aReadIsAuditedWithTheCallerAndThePatient() throws Exception {
        given().header("X-Correlation-Id", "corr-audit-read").get("/claims/{id}", claimId).then().statusCode(200);
        List<Map<String, Object>> rows = rows("SELECT * FROM audit_record WHERE correlation_id = 'corr-audit-read'");
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row).containsEntry("subject", "biller.lakeside").containsEntry("action", "claim.read")
                .containsEntry("resource_type", "Claim").containsEntry("resource_id", claimId)
                .containsEntry("patient_id", patient).containsEntry("practice", TestPractices.LAKESIDE)
                .containsEntry("outcome", "SUCCESS").containsEntry("roles", "biller");
    }

    @Test
    void aRefusedAttemptIsAudited() throws Exception {
        given().header("X-Correlation-Id", "corr-audit-refused").queryParam("billingProviderNpi",
                TestPractices.PRAIRIE).post("/work-queue/rescrub").then().statusCode(403);
        given().header("X-Correlation-Id", "corr-audit-role").get("/audit").then().statusCode(403);
        await().atMost(ClaimFlow.PATIENCE).until(() -> rows("SELECT * FROM audit_record WHERE correlation_id IN"
                + " ('corr-audit-refused', 'corr-audit-role') AND outcome = 'REFUSED'").size() == 2);
        assertThat(rows("SELECT * FROM audit_record WHERE correlation_id = 'corr-audit-role'").get(0))
                .containsEntry("subject", "biller.lakeside").containsEntry("http_status", 403);
    }

    @Test
    @TestSecurity(user = "guesser", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_PRAIRIE, type = ClaimType.JSON_ARRAY))
    void aGuessedClaimOfAnotherPracticeIsAuditedWithItsPatient() throws Exception {
        given().header("X-Correlation-Id", "corr-audit-guess").get("/claims/{id}", claimId).then().statusCode(404);
        assertThat(rows("SELECT * FROM audit_record WHERE correlation_id = 'corr-audit-guess'")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("outcome", "NOT_FOUND").containsEntry("patient_id", patient)
                        .containsEntry("subject", "guesser"));
    }

    @Test
    void theTableRefusesUpdateAndDelete() throws Exception {
        given().get("/claims/{id}", claimId).then().statusCode(200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET subject = 'someone else'"))
                    .isInstanceOf(SQLException.class).satisfies(AuditTrailTest::refusedAsAppendOnly);
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record"))
                    .isInstanceOf(SQLException.class).satisfies(AuditTrailTest::refusedAsAppendOnly);
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_record"))
                    .isInstanceOf(SQLException.class).satisfies(AuditTrailTest::refusedAsAppendOnly);
        }
    }

    @Test
    void everyRecordReachesTheAuditTopicInTheContractsShape() throws Exception {
        given().header("X-Correlation-Id", "corr-audit-topic").get("/claims/{id}", claimId).then().statusCode(200);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            await().atMost(ClaimFlow.PATIENCE).until(() -> !kafka.read(Topics.AUDIT_RECORDED,
                    r -> "corr-audit-topic".equals(KafkaTestClient.header(r, "ce_correlationid"))).isEmpty());
            var record = kafka.read(Topics.AUDIT_RECORDED,
                    r -> "corr-audit-topic".equals(KafkaTestClient.header(r, "ce_correlationid"))).get(0);
            assertThat(record.key()).isEqualTo(patient);
            assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("AuditRecorded");
            JsonNode event = JsonStructure.parse(record.value());
            assertThat(EventContracts.violations(EventContracts.AUDIT_RECORDED, event)).isEmpty();
            assertThat(event.get("subject").asText()).isEqualTo("biller.lakeside");
            assertThat(event.get("patientId").asText()).isEqualTo(patient);
            assertThat(record.value()).doesNotContain("Jane").doesNotContain("Example").doesNotContain("1971-04-12");
        }
        assertThat(EventContracts.violations(EventContracts.AUDIT_RECORDED,
                EventContracts.example(EventContracts.AUDIT_RECORDED))).isEmpty();
    }

    @Test
    @TestSecurity(user = "auditor.ann", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_LAKESIDE, type = ClaimType.JSON_ARRAY))
    void anAuditorFindsWhoLookedAtAPatientWithOneRequest() {
        JsonPath page = given().queryParam("patientId", patient).queryParam("action", "claim.")
                .queryParam("from", "2000-01-01").queryParam("to", "2100-12-31").get("/audit").then()
                .statusCode(200).extract().jsonPath();
        assertThat(page.getList("records.patientId", String.class)).isNotEmpty().containsOnly(patient);
        assertThat(page.getList("records.subject", String.class)).contains("biller.lakeside");
        given().queryParam("from", "yesterday").get("/audit").then().statusCode(400);
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    // The service's row-only role is refused by its privileges; an owner would be refused by the append-only trigger.
    private static void refusedAsAppendOnly(Throwable e) {
        assertThat(e.getMessage()).containsAnyOf("append-only", "permission denied for table audit_record");
    }
}
