package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A correction racing the submission run: the claim is moved (as the scheduler does, under its row lock) after the
 * correction read it and before the correction wrote it. The correction answers 409 saying what happened, not 500.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class CorrectionRaceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    AgroalDataSource dataSource;

    private KafkaTestClient kafka;
    private ClaimFlow flow;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        flow = new ClaimFlow(kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aCorrectionOfAClaimSubmittedMeanwhileAnswers409SayingSo() throws Exception {
        String claimId = scrubFailedClaim();
        Response answer;
        try (Connection scheduler = dataSource.getConnection()) {
            scheduler.setAutoCommit(false);
            // What a submission run does to the row, holding its lock until it commits.
            try (PreparedStatement moved = scheduler.prepareStatement("UPDATE claim SET status = 'SUBMITTED',"
                    + " submitted_at = now(), work_queued_at = NULL, version = version + 1 WHERE id = ?")) {
                moved.setObject(1, UUID.fromString(claimId));
                assertThat(moved.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Response> correction = CompletableFuture.supplyAsync(() -> given()
                    .contentType(ContentType.JSON).body(Map.of("subscriberMemberId", "XGH999999999"))
                    .put("/claims/{id}/corrections", claimId));
            // The correction has read the claim as it was and now waits on the row lock to write it.
            Thread.sleep(1500);
            assertThat(correction).isNotDone();
            scheduler.commit();
            answer = correction.get(30, TimeUnit.SECONDS);
        }
        answer.then().statusCode(409).contentType("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).endsWith("/claim-changed-while-correcting");
        assertThat(answer.jsonPath().getString("detail"))
                .contains("was submitted to its payer while you corrected it")
                .contains("reload it");
        assertThat(ClaimFlow.claim(claimId).getString("subscriberMemberId")).isEqualTo("XGH123456789");
    }

    private String scrubFailedClaim() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("billingProviderNpi", ClaimWorkflowTest.PRAIRIE);
        // A code no fee schedule prices (no other test adds one), so the claim stays in the work queue.
        ((ObjectNode) encounter.get("serviceLines").get(1)).put("code", "99429");
        flow.sendEncounter(encounter, "corr-race");
        String claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
        ClaimFlow.awaitStatus(claimId, "SCRUB_FAILED");
        return claimId;
    }
}
