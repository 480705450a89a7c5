package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * GET /reconciliation on real postings, with claim-service played by a stub HTTP server: no difference when the
 * claims' balances match the ledger, and each claim named with both sides' figures when they do not.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
@WithTestResource(ClaimServiceStub.class)
class ReconciliationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void namesNoDifferenceAfterANormalFlowAndEveryClaimWhoseFiguresDiffer() {
        String matching = posted();
        String differing = posted();
        String unknown = posted();
        ClaimServiceStub.BALANCES.put(matching, new String[] {"100.00", "40.00", "20.00"});
        ClaimServiceStub.BALANCES.put(differing, new String[] {"100.00", "40.00", "0.00"});
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        int before = ClaimServiceStub.REQUESTS.get();

        JsonPath report = given().queryParam("from", today).queryParam("to", today).get("/reconciliation")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("claimsCompared")).isGreaterThanOrEqualTo(3);
        // Batches of 2 claims (test setting): at most one request per batch, never one per claim (a batch of ids
        // that are no UUID, left by other tests, needs none).
        assertThat(ClaimServiceStub.REQUESTS.get() - before)
                .isBetween(2, (report.getInt("claimsCompared") + 1) / 2);
        List<String> named = report.getList("differences.claimId");
        assertThat(named).doesNotContain(matching).contains(differing, unknown);
        String at = "differences.find { it.claimId == '%s' }.";
        assertThat(report.getString(at.formatted(differing) + "kind")).isEqualTo("AMOUNTS_DIFFER");
        assertThat(report.getString(at.formatted(differing) + "ledgerPaid")).isEqualTo("100.00");
        assertThat(report.getString(at.formatted(differing) + "claimPaid")).isEqualTo("100.00");
        assertThat(report.getString(at.formatted(differing) + "ledgerAdjustments")).isEqualTo("40.00");
        assertThat(report.getString(at.formatted(differing) + "ledgerPatientResponsibility")).isEqualTo("20.00");
        assertThat(report.getString(at.formatted(differing) + "claimPatientResponsibility")).isEqualTo("0.00");
        assertThat(report.getString(at.formatted(unknown) + "kind")).isEqualTo("UNKNOWN_CLAIM");
        assertThat(report.getString(at.formatted(unknown) + "claimPaid")).isNull();

        given().queryParam("from", "2026-13-01").get("/reconciliation").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** A claim submitted and paid like the golden one (100.00 paid, CO-45 40.00, PR-2 20.00); its id. */
    private String posted() {
        String claimId = UUID.randomUUID().toString();
        Db db = new Db(dataSource);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            ClaimSubmittedEvents.send(kafka, claimId, RemittanceBodies.claimSubmitted(claimId), "corr-rec");
        }
        await().atMost(Duration.ofSeconds(30)).until(
                () -> db.count("SELECT count(*) FROM expected_claim WHERE claim_id = ?", claimId) == 1);
        given().contentType(ContentType.JSON).body(RemittanceBodies.remittance("BCBS-IL", "REC-" + claimId, "100.00",
                List.of(RemittanceBodies.goldenClaim(claimId)))).post("/remittances").then().statusCode(201);
        assertThat(db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", claimId)).isEqualTo(3);
        return claimId;
    }
}
