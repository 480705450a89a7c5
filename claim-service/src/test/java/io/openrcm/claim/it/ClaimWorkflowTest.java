package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim's way through scrubbing, the work queue, 837P submission, acknowledgments and corrections. */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ClaimWorkflowTest {

    static final String PRAIRIE = "1679576722";

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
    void aMissingFeeWaitsInTheWorkQueueUntilTheFeeScheduleHasIt() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("billingProviderNpi", PRAIRIE);
        ((ObjectNode) encounter.get("serviceLines").get(1)).put("code", "99499");
        flow.sendEncounter(encounter, "corr-no-fee");
        String claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
        ClaimFlow.awaitStatus(claimId, "SCRUB_FAILED");

        JsonPath queue = given().queryParam("type", "SCRUB_FAILED").get("/work-queue").then().statusCode(200)
                .extract().jsonPath();
        assertThat(queue.getList("items.claimId")).contains(claimId);
        assertThat(queue.getList("items.findings.code").toString()).contains("SCR-CHG-001");
        assertThat(given().get("/work-queue/summary").then().statusCode(200).extract().jsonPath()
                .getLong("SCRUB_FAILED")).isPositive();

        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(Map.of("code", "99499",
                "effectiveFrom", "2020-01-01", "charge", "80.00"))))
                .put("/fee-schedules/{npi}", PRAIRIE).then().statusCode(200);
        ClaimFlow.awaitStatus(claimId, "SUBMITTED");
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("balance.totalCharge")).isEqualTo("215.00");
        assertThat(claim.getList("statusHistory.toStatus")).containsSubsequence("SCRUB_FAILED", "READY", "SUBMITTED");
    }

    @Test
    void aPayersOwnRuleStopsAClaimAndChangingTheRuleReleasesIt() throws Exception {
        String payer = "RULES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        putPayer(payer, List.of(Map.of("ruleId", "RULES-001", "type", "CODE_NOT_COVERED", "code", "G0008")));
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("payerId", payer);
        flow.sendEncounter(encounter, "corr-rules");
        String claimId = flow.awaitClaimOf(encounter.get("encounterId").asText());
        ClaimFlow.awaitStatus(claimId, "SCRUB_FAILED");
        assertThat(ClaimFlow.claim(claimId).getList("findings.code")).containsExactly("RULES-001");

        putPayer(payer, List.of());
        ClaimFlow.awaitStatus(claimId, "SUBMITTED");
    }

    @Test
    void aPayerOnManualSubmissionGetsItsClaimsOnDemandInOneInterchangeWithItsOwnControlNumber() throws Exception {
        String payer = "MANUAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("name", "Manual Payer", "claimFilingIndicator", "CI",
                "timelyFilingDays", 365, "submission", Map.of("autoSubmit", false, "receiverId", "GATEWAY9",
                        "usageIndicator", "T"))).put("/payers/{id}", payer).then().statusCode(201);
        List<String> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ObjectNode encounter = GoldenEvents.encounterCoded();
            encounter.put("payerId", payer);
            claims.add(sendAndAwait(encounter));
        }
        claims.forEach(c -> ClaimFlow.awaitStatus(c, "READY"));
        Thread.sleep(1000); // the scheduler runs several times meanwhile and must leave this payer's claims alone
        claims.forEach(c -> assertThat(ClaimFlow.claim(c).getString("status")).isEqualTo("READY"));

        JsonPath made = given().queryParam("payerId", payer).post("/submissions").then().statusCode(201).extract()
                .jsonPath();
        assertThat(made.getList("items")).hasSize(1);
        assertThat(made.getInt("items[0].claimCount")).isEqualTo(2);
        claims.forEach(c -> assertThat(ClaimFlow.claim(c).getString("status")).isEqualTo("SUBMITTED"));
        String file = given().get("/submissions/{id}", made.getString("items[0].submissionId")).then()
                .statusCode(200).extract().asString();
        assertThat(file).contains("*ZZ*GATEWAY9       *", "*T*:~", "CLM*" + claims.get(0), "CLM*" + claims.get(1));
        given().queryParam("payerId", payer).post("/submissions").then().statusCode(200)
                .body("total", equalTo(0));

        List<String> controls = given().get("/submissions").then().statusCode(200).extract().jsonPath()
                .getList("items.interchangeControlNumber");
        assertThat(controls).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void theSameServicesBilledTwiceAreADuplicate() throws Exception {
        ObjectNode first = GoldenEvents.encounterCoded();
        ObjectNode second = first.deepCopy();
        second.put("encounterId", UUID.randomUUID().toString());
        String firstClaim = sendAndAwait(first);
        ClaimFlow.awaitStatus(firstClaim, "SUBMITTED");
        String secondClaim = sendAndAwait(second);
        ClaimFlow.awaitStatus(secondClaim, "SCRUB_FAILED");
        assertThat(ClaimFlow.claim(secondClaim).getList("findings.code")).containsExactly("SCR-DUP-001");
        assertThat(ClaimFlow.claim(secondClaim).getString("findings[0].message")).contains(firstClaim);
    }

    @Test
    void a999RejectionSendsTheClaimToTheWorkQueueAndA277caAcceptanceMovesItOn() throws Exception {
        String claimId = flow.createGoldenClaim("corr-acks");
        String submissionId = ClaimFlow.claim(claimId).getString("lastSubmissionId");
        String file = given().get("/submissions/{id}", submissionId).then().statusCode(200).extract().asString();
        assertThat(file).startsWith("ISA*").contains("CLM*" + claimId + "*160.00");
        JsonPath summary = given().get("/submissions/{id}/summary", submissionId).then().statusCode(200).extract()
                .jsonPath();
        int group = summary.getInt("groupControlNumber");
        String st = summary.getString("claims.find { it.claimId == '" + claimId + "' }.transactionControlNumber");

        given().contentType("application/edi-x12").body(bytes(Acks.x999(group, st, false))).post("/acknowledgments")
                .then().statusCode(201).body("kind", equalTo("999")).body("rejected", equalTo(
                        summary.getList("claims.findAll { it.transactionControlNumber == '" + st + "' }").size()));
        JsonPath rejected = ClaimFlow.claim(claimId);
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getList("findings.code")).contains("999:IK5:5");
        assertThat(given().queryParam("type", "REJECTED").get("/work-queue").then().extract().jsonPath()
                .getList("items.claimId")).contains(claimId);

        given().post("/claims/{id}/scrub", claimId).then().statusCode(200);
        ClaimFlow.awaitStatus(claimId, "SUBMITTED");
        assertThat(ClaimFlow.claim(claimId).getInt("submissionCount")).isEqualTo(2);

        String ack277 = Acks.x277ca(claimId, "PCN-" + claimId.substring(0, 8), true);
        given().contentType("text/plain").body(bytes(ack277)).post("/acknowledgments").then().statusCode(201)
                .body("accepted", equalTo(1));
        given().contentType("text/plain").body(bytes(ack277)).post("/acknowledgments").then().statusCode(200);
        JsonPath accepted = ClaimFlow.claim(claimId);
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("payerClaimControlNumber")).isEqualTo("PCN-" + claimId.substring(0, 8));
    }

    @Test
    void a277caRejectionCarriesThePayersReason() throws Exception {
        String claimId = flow.createGoldenClaim("corr-277-reject");
        given().contentType("application/edi-x12").body(bytes(Acks.x277ca(claimId, "PCN-R", false)))
                .post("/acknowledgments").then().statusCode(201).body("rejected", equalTo(1));
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("status")).isEqualTo("REJECTED");
        assertThat(claim.getList("findings.code")).containsExactly("277CA:A7:562:85");
    }

    @Test
    void aBrokenAcknowledgmentIsRefusedWithWhereItBroke() {
        given().contentType("application/edi-x12").body(bytes("ISA*00*broken~GS*FA~")).post("/acknowledgments").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].pointer",
                        containsString("/segment/"));
    }

    @Test
    void aPaidClaimIsReplacedWithTheSameControlNumberAndAReversalReopensIt() throws Exception {
        String claimId = flow.createGoldenClaim("corr-replace");
        ObjectNode payment = GoldenEvents.paymentPosted(claimId);
        flow.sendPayment(payment, "corr-replace", UUID.randomUUID());
        ClaimFlow.awaitStatus(claimId, "PAID");

        ObjectNode reversal = GoldenEvents.paymentPosted(claimId);
        reversal.put("claimStatusCode", "22").put("reversalOf", payment.get("paymentId").asText())
                .put("paidAmount", "-100.00").put("patientResponsibility", "-20.00");
        ((ObjectNode) reversal.get("adjustments").get(0)).put("amount", "-40.00");
        ((ObjectNode) reversal.get("adjustments").get(1)).put("amount", "-20.00");
        flow.sendPayment(reversal, "corr-replace", UUID.randomUUID());
        ClaimFlow.awaitStatus(claimId, "ACCEPTED");
        assertThat(ClaimFlow.claim(claimId).getString("balance.outstanding")).isEqualTo("160.00");
        flow.sendPayment(GoldenEvents.paymentPosted(claimId), "corr-replace", UUID.randomUUID());
        ClaimFlow.awaitStatus(claimId, "PAID");

        JsonPath replacement = given().contentType(ContentType.JSON).body(Map.of("placeOfService", "22"))
                .post("/claims/{id}/replacement", claimId).then().statusCode(201).extract().jsonPath();
        String replacementId = replacement.getString("claimId");
        assertThat(replacement.getString("frequencyCode")).isEqualTo("7");
        assertThat(replacement.getString("originalClaimId")).isEqualTo(claimId);
        assertThat(ClaimFlow.claim(claimId).getString("status")).isEqualTo("CORRECTED");
        ClaimFlow.awaitStatus(replacementId, "SUBMITTED");
        String file = given().get("/submissions/{id}", ClaimFlow.claim(replacementId).getString("lastSubmissionId"))
                .then().statusCode(200).extract().asString();
        assertThat(file).contains("CLM*" + replacementId + "*160.00***22:B:7*", "REF*F8*PCN-2026-000777");

        given().contentType(ContentType.JSON).body("{}").post("/claims/{id}/replacement", claimId).then()
                .statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("placeOfService", "1"))
                .post("/claims/{id}/replacement", claimId).then().statusCode(400)
                .body("violations[0].pointer", equalTo("/placeOfService"));
    }

    @Test
    void accountsReceivableFollowTheContract() throws Exception {
        flow.createGoldenClaim("corr-ar");
        JsonPath aging = given().get("/ar/aging").then().statusCode(200).extract().jsonPath();
        assertThat(aging.getList("buckets")).containsExactly("0-30", "31-60", "61-90", "91-120", "120+");
        assertThat(aging.getList("payers.payerId")).contains("BCBS-IL");
        assertThat(aging.getString("total")).matches("[0-9]+\\.[0-9]{2}");
        assertThat(aging.getMap("totals")).containsOnlyKeys("0-30", "31-60", "61-90", "91-120", "120+");
        given().queryParam("from", "2026-01-01").get("/ar/metrics").then().statusCode(200)
                .body("cleanClaimRate", matchesPattern("[01]\\.[0-9]{4}"))
                .body("firstPassAcceptanceRate", matchesPattern("[01]\\.[0-9]{4}"))
                .body("denialRateByCount", matchesPattern("[01]\\.[0-9]{4}"))
                .body("denialRateByDollars", matchesPattern("[01]\\.[0-9]{4}"))
                .body("daysInAR", matchesPattern("[0-9]+\\.[0-9]"));
        given().queryParam("from", "nope").get("/ar/metrics").then().statusCode(400);
    }

    private static byte[] bytes(String x12) {
        return x12.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String sendAndAwait(ObjectNode encounter) throws Exception {
        flow.sendEncounter(encounter, "corr-dup-" + UUID.randomUUID());
        return flow.awaitClaimOf(encounter.get("encounterId").asText());
    }

    private static void putPayer(String payer, List<Map<String, Object>> rules) {
        given().contentType(ContentType.JSON).body(Map.of("name", "Rules Payer", "claimFilingIndicator", "CI",
                "timelyFilingDays", 365, "scrubRules", rules)).put("/payers/{id}", payer).then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }
}
