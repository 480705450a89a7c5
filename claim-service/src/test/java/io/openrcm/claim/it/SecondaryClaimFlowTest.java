package io.openrcm.claim.it;

import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.TestSecurity;
import io.openrcm.testsupport.TestPractices;
import static io.openrcm.claim.it.ClaimFlow.PATIENCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.JsonStructure;
import io.openrcm.testsupport.KafkaTestClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coordination of benefits through Kafka and the database: an encounter with a secondary coverage becomes a claim to
 * the primary; the primary's PaymentPosted makes claim-service send the secondary claim itself, with the primary's
 * adjudication in it; a crossover sends nothing and waits for the supplement's payment.
 */
@QuarkusTest
// Not a test of authentication: a signed-in biller of the seeded practices.
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class SecondaryClaimFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

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
    void thePrimaryPaymentSendsTheSecondaryClaimWithTheLineAdjudication() throws Exception {
        String claimId = submittedClaim(encounterWithSecondary("AETNA"));
        flow.sendPayment(GoldenEvents.paymentPosted(claimId), "corr-primary", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> "AETNA".equals(ClaimFlow.claim(claimId).getString("payerId"))
                && "SUBMITTED".equals(ClaimFlow.claim(claimId).getString("status")));
        String file = await().atMost(PATIENCE).until(() -> fileOf("AETNA", claimId), f -> f != null);
        String claim = file.substring(file.indexOf("HL*2*1*22"));
        assertThat(claim).contains("SBR*S********CI~", "NM1*IL*1*EXAMPLE*JOHN****MI*W998877665~", "HL*3*2*23*0~",
                "PAT*01~", "SBR*P*18*******BL~", "AMT*D*100.00~", "AMT*EAF*20.00~", "OI***Y*P**Y~",
                "NM1*IL*1*EXAMPLE*JANE****MI*XGH123456789~", "SVD*BCBS-IL*75.00*HC:99213:25**1~",
                "CAS*CO*45*40.00~", "CAS*PR*2*20.00~", "DTP*573*D8*20261120~");

        List<JsonNode> changes = statusEvents(claimId);
        assertThat(changes).extracting(c -> c.get("toStatus").asText() + "/" + c.get("responsibility").asText())
                .containsSubsequence("SUBMITTED/PRIMARY", "PAID/SECONDARY", "READY/SECONDARY",
                        "SUBMITTED/SECONDARY");
        // While the secondary has it, the patient owes nothing yet and pays nothing.
        assertThat(given().get("/claims/{id}/patient-balance", claimId).then().statusCode(200).extract().jsonPath()
                .getString("status")).isEqualTo("WITH_INSURANCE");
        patientPays(claimId, "5.00", 422);

        // The secondary pays 15.00 of the 20.00 and leaves 5.00 to the patient: balanced to the cent.
        ObjectNode secondary = GoldenEvents.paymentPosted(claimId);
        secondary.put("payerId", "AETNA").put("claimStatusCode", "2").put("paidAmount", "15.00")
                .put("patientResponsibility", "5.00");
        secondary.putArray("adjustments").addObject().put("group", "OA").put("reason", "23").put("amount", "140.00");
        ((ObjectNode) secondary.withArray("adjustments").addObject()).put("group", "PR").put("reason", "2")
                .put("amount", "5.00");
        secondary.putArray("lines");
        flow.sendPayment(secondary, "corr-secondary", UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> "115.00".equals(ClaimFlow.claim(claimId).getString("balance.paid")));
        JsonPath settled = ClaimFlow.claim(claimId);
        assertThat(settled.getString("balance.paid")).isEqualTo("115.00");
        assertThat(settled.getString("balance.adjustments")).isEqualTo("40.00");
        assertThat(settled.getString("balance.patientResponsibility")).isEqualTo("5.00");
        assertThat(settled.getString("balance.outstanding")).isEqualTo("0.00");
        await().atMost(PATIENCE).until(() -> statusEvents(claimId).stream()
                .anyMatch(c -> "PATIENT".equals(c.get("responsibility").asText())));

        // The patient owes the 5.00 and pays it: every cent of the charge is with a payer, an adjustment or the
        // patient, and the claim is closed.
        JsonPath patient = patientPays(claimId, "5.00", 201);
        assertThat(patient.getString("balance.status")).isEqualTo("PAID_IN_FULL");
        assertThat(new BigDecimal("100.00").add(new BigDecimal(settled.getString("balance.adjustments")))
                .add(new BigDecimal("15.00")).add(new BigDecimal(patient.getString("balance.patientPaid"))))
                .isEqualByComparingTo(settled.getString("balance.totalCharge"));
        assertThat(ClaimFlow.claim(claimId).getString("status")).isEqualTo("CLOSED");
    }

    private static JsonPath patientPays(String claimId, String amount, int status) {
        return given().contentType(ContentType.JSON).body(Map.of("reference", "RCPT-" + UUID.randomUUID(),
                "amount", amount)).post("/claims/{id}/patient-payments", claimId).then().statusCode(status)
                .extract().jsonPath();
    }

    @Test
    void aMedicareCrossoverSendsNoSecondaryClaimAndTheSupplementPostsAgainstIt() throws Exception {
        ObjectNode encounter = encounterWithSecondary("UHC");
        encounter.put("payerId", "MEDICARE-IL");
        ((ObjectNode) encounter.withArray("coverages").get(0)).put("payerId", "MEDICARE-IL");
        String claimId = submittedClaim(encounter);
        ObjectNode medicare = GoldenEvents.paymentPosted(claimId);
        medicare.put("payerId", "MEDICARE-IL").put("claimStatusCode", "19");
        flow.sendPayment(medicare, "corr-medicare", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> statusEvents(claimId).stream()
                .anyMatch(c -> "SECONDARY".equals(c.get("responsibility").asText())));
        JsonPath waiting = ClaimFlow.claim(claimId);
        assertThat(waiting.getString("status")).isEqualTo("PAID");
        assertThat(waiting.getString("payerId")).isEqualTo("UHC");
        assertThat(waiting.getString("statusHistory[-1].reason")).contains("crossed over");
        assertThat(fileOf("UHC", claimId)).as("no claim is sent to the supplement").isNull();

        ObjectNode supplement = GoldenEvents.paymentPosted(claimId);
        supplement.put("payerId", "UHC").put("claimStatusCode", "2").put("paidAmount", "20.00")
                .put("patientResponsibility", "0.00");
        supplement.putArray("adjustments").addObject().put("group", "OA").put("reason", "23").put("amount", "140.00");
        supplement.putArray("lines");
        flow.sendPayment(supplement, "corr-supplement", UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> "120.00".equals(ClaimFlow.claim(claimId).getString("balance.paid")));
        JsonPath paid = ClaimFlow.claim(claimId);
        assertThat(paid.getString("balance.adjustments")).isEqualTo("40.00");
        assertThat(paid.getString("balance.patientResponsibility")).isEqualTo("0.00");
        assertThat(paid.getString("balance.outstanding")).isEqualTo("0.00");
        assertThat(fileOf("UHC", claimId)).isNull();
    }

    private String submittedClaim(ObjectNode encounter) throws Exception {
        flow.sendEncounter(encounter, "corr-" + UUID.randomUUID());
        String claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
        ClaimFlow.awaitStatus(claimId, "SUBMITTED");
        return claimId;
    }

    /** The coverages example with a new encounter and patient id, its secondary at that payer. */
    private static ObjectNode encounterWithSecondary(String secondaryPayer) {
        ObjectNode encounter = (ObjectNode) JsonStructure.parse(example());
        encounter.put("encounterId", UUID.randomUUID().toString());
        ((ObjectNode) encounter.get("patient")).put("id", "MRN-COB-" + UUID.randomUUID().toString().substring(0, 8));
        ((ObjectNode) encounter.withArray("coverages").get(1)).put("payerId", secondaryPayer);
        return encounter;
    }

    private static String example() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("contracts/code-service/examples/encounter-coded.v1.coverages.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 837 file sent to the payer that carries the claim; null when none does. */
    private static String fileOf(String payerId, String claimId) {
        List<String> ids = given().queryParam("payerId", payerId).get("/submissions").then().statusCode(200)
                .extract().jsonPath().getList("items.submissionId");
        for (String id : ids) {
            String file = given().get("/submissions/{id}", id).then().statusCode(200).extract().asString();
            if (file.contains("CLM*" + claimId + "*")) {
                return file;
            }
        }
        return null;
    }

    private List<JsonNode> statusEvents(String claimId) {
        return kafka.readKey(Topics.CLAIM_STATUS, claimId).stream()
                .map(r -> JsonStructure.parse(r.value())).toList();
    }
}
