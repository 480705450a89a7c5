package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.EventContracts;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A secondary's 835 (CLP02 2) is held to the secondary's contract, not the primary's the claim was first billed to:
 * claim-service bills the same claim id to the next payer, so the expected claim still names the primary.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class SecondaryContractTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSecondarysPaymentIsComparedWithTheSecondarysContract() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String primary = "PRIM-" + suffix;
        String secondary = "SECO-" + suffix;
        String claimId = UUID.randomUUID().toString();
        ObjectNode submitted = (ObjectNode) EventContracts.example(EventContracts.CLAIM_SUBMITTED);
        submitted.put("claimId", claimId).put("payerId", primary);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            ClaimSubmittedEvents.send(kafka, claimId, submitted.toString(), "corr-" + suffix);
        }
        Db db = new Db(dataSource);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("SELECT count(*) FROM expected_claim WHERE"
                + " claim_id = ?", claimId) == 1);
        contract(primary, "130.00");
        contract(secondary, "95.00");

        // The secondary allows 95.00 of the 135.00 line (CO-45 40.00) and pays the 20.00 the primary left; the
        // primary's 75.00 is OA-23. Against the primary's 130.00 it would be 35.00 short.
        String remittance = """
                {"payerId":"%s","traceNumber":"EFT-SEC-%s","paymentDate":"2026-11-27","paymentMethod":"ACH",
                 "totalPaid":"20.00",
                 "claims":[{"claimId":"%s","statusCode":"2","payerClaimControlNumber":"PCN-SEC-%s",
                   "chargeAmount":"160.00","paidAmount":"20.00","patientResponsibility":"0.00",
                   "lines":[{"code":"99213","modifiers":["25"],"chargeAmount":"135.00","paidAmount":"20.00",
                             "units":"1","dateOfService":"2026-11-02",
                             "adjustments":[{"group":"CO","reason":"45","amount":"40.00"},
                                            {"group":"OA","reason":"23","amount":"75.00"}]},
                            {"code":"G0008","chargeAmount":"25.00","paidAmount":"0.00","dateOfService":"2026-11-02",
                             "adjustments":[{"group":"OA","reason":"23","amount":"25.00"}]}]}]}
                """.formatted(secondary, suffix, claimId, suffix);
        given().contentType(ContentType.JSON).body(remittance).post("/remittances").then().statusCode(201)
                .body("claims[0].status", equalTo("POSTED"));

        given().queryParam("claimId", claimId).get("/payments").then().statusCode(200)
                .body("payments.size()", equalTo(1))
                .body("payments[0].underpaidAmount", equalTo("0.00"));
    }

    private static void contract(String payerId, String expectedAllowed) {
        given().contentType(ContentType.JSON).body("""
                {"payerId":"%s","code":"99213","modifier":"25","expectedAllowed":"%s",
                 "effectiveFrom":"2026-01-01"}""".formatted(payerId, expectedAllowed)).post("/contracts").then()
                .statusCode(201);
    }
}
