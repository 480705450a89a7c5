package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.api.RemittanceRequest;
import io.openrcm.reimbursement.api.RemittanceRequestReader;
import io.openrcm.reimbursement.application.ExpectedClaims;
import io.openrcm.reimbursement.application.NewExpectedClaim;
import io.openrcm.reimbursement.application.RemittancePosting;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A biller of Lakeside cannot read Prairie's payments or a remittance that pays Prairie's claims; a payer
 * integration posts remittances of its own payer id only (403, nothing stored); reads and refusals are audited.
 */
@QuarkusTest
@TestSecurity(user = "biller.lakeside", roles = "biller")
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_LAKESIDE, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class PracticeScopingTest {

    static String lakesideClaim;
    static String prairieClaim;

    @Inject
    ExpectedClaims expectedClaims;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    RemittancePosting posting;
    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void oneClaimPerPractice() {
        if (lakesideClaim != null) {
            return;
        }
        lakesideClaim = expect(TestPractices.LAKESIDE, "MRN-SCOPE-A");
        prairieClaim = expect(TestPractices.PRAIRIE, "MRN-SCOPE-B");
    }

    private String expect(String npi, String patient) {
        String claimId = UUID.randomUUID().toString();
        expectedClaims.record(new NewExpectedClaim(claimId, null, "BCBS-IL", npi, patient, null,
                Money.parse("160.00"), List.of(), "corr-" + claimId, UUID.randomUUID()));
        return claimId;
    }

    @Test
    void anotherPracticesPaymentsAreNotFoundAndTheOwnAreReadAndAudited() {
        given().queryParam("claimId", prairieClaim).get("/payments").then().statusCode(404);
        given().header("X-Correlation-Id", "corr-pay-read").queryParam("claimId", lakesideClaim).get("/payments")
                .then().statusCode(200);
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM audit_record WHERE correlation_id = 'corr-pay-read'"
                + " AND action = 'payment.read' AND subject = 'biller.lakeside' AND patient_id = 'MRN-SCOPE-A'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM audit_record WHERE action = 'payment.read' AND outcome ="
                + " 'NOT_FOUND' AND patient_id = 'MRN-SCOPE-B' AND resource_id = ?", prairieClaim)).isEqualTo(1);
    }

    @Test
    void aRemittancePayingAnotherPracticesClaimCannotBePostedNorRead() throws Exception {
        String trace = "TR-SCOPE-" + System.nanoTime();
        String body = RemittanceBodies.remittance("BCBS-IL", trace, "200.00", List.of(
                RemittanceBodies.goldenClaim(lakesideClaim), RemittanceBodies.goldenClaim(prairieClaim)));
        given().contentType("application/json").body(body).post("/remittances").then().statusCode(403)
                .body("detail", containsString(TestPractices.PRAIRIE));
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM remittance WHERE trace_number = ?", trace)).isZero();
        // Posted by someone of both practices (here: the use case itself), it stays out of Lakeside's sight.
        UUID remittanceId = posting.post(RemittanceRequestReader.read(mapper.readValue(body,
                RemittanceRequest.class))).remittance().remittanceId();
        given().get("/remittances/{id}", remittanceId).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "payer.aetna", roles = "payer-integration")
    @OidcSecurity(claims = @Claim(key = "payer_id", value = "AETNA"))
    void aPayerIntegrationPostsOnlyItsOwnPayersRemittances() {
        String trace = "TR-PAYER-" + System.nanoTime();
        given().contentType("application/json").header("X-Correlation-Id", "corr-payer-refused")
                .body(RemittanceBodies.remittance("BCBS-IL", trace, "100.00",
                        List.of(RemittanceBodies.goldenClaim(lakesideClaim)))).post("/remittances").then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("AETNA"));
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM remittance WHERE trace_number = ?", trace)).isZero();
        assertThat(db.count("SELECT count(*) FROM audit_record WHERE correlation_id = 'corr-payer-refused'"
                + " AND outcome = 'REFUSED' AND subject = 'payer.aetna'")).isEqualTo(1);
    }

    @Test
    void aPostingWhoseAuditFailsStoresNeitherTheRemittanceNorItsAudit() throws Exception {
        String trace = "TR-ATOMIC-" + System.nanoTime();
        String body = RemittanceBodies.remittance("BCBS-IL", trace, "100.00",
                List.of(RemittanceBodies.goldenClaim(lakesideClaim)));
        var remittance = RemittanceRequestReader.read(mapper.readValue(body, RemittanceRequest.class));
        Db db = new Db(dataSource);
        long ledgerBefore = db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", lakesideClaim);

        // The audit runs inside the posting's transaction: when it fails, the posting rolls back with it.
        assertThatThrownBy(() -> posting.post(remittance, taken -> {
            throw new IllegalStateException("audit store down");
        })).hasMessageContaining("audit store down");

        assertThat(db.count("SELECT count(*) FROM remittance WHERE trace_number = ?", trace)).isZero();
        assertThat(db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", lakesideClaim))
                .isEqualTo(ledgerBefore);
    }
}
