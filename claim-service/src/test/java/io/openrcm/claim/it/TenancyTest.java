package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TenancyContract;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * claim-service's tenancy with real tokens: Lakeside's claims (READY, SUBMITTED, REJECTED), its 837P submission,
 * receivables and audit records stay out of reach of Prairie's biller, manager and auditor; Prairie's biller cannot
 * change, submit or acknowledge them, nor can a payer integration of another payer.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
@WithTestResource(KeycloakTestResource.class)
class TenancyTest extends TenancyContract {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    /** Lakeside's payer whose claims wait for POST /submissions, and the one whose claims go out at once. */
    static final String HELD_PAYER = "TENH-" + SUFFIX;
    static final String SENT_PAYER = "TENS-" + SUFFIX;
    static final String PATIENT = "MRN-TEN-" + SUFFIX;
    static String ready;
    /** The patient of Lakeside's submitted claim (each claim gets its own patient id). */
    static String submittedPatient;
    private static String lastPatient;
    static String submitted;
    static String rejected;
    static String submission;
    static int groupControl;

    @TestHTTPResource("/")
    URL root;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    DataSource dataSource;

    @Override
    protected String service() {
        return "claim-service";
    }

    @Override
    protected URI baseUri() {
        try {
            return root.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void seedPracticeA() throws Exception {
        String admin = TestTokens.forRole("administrator");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "Tenancy Held Payer",
                "claimFilingIndicator", "CI", "timelyFilingDays", 3650, "submission", Map.of("autoSubmit", false)))
                .put("/payers/{id}", HELD_PAYER).then().statusCode(anyOf(is(200), is(201)));
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "Tenancy Sent Payer",
                "claimFilingIndicator", "CI", "timelyFilingDays", 3650)).put("/payers/{id}", SENT_PAYER)
                .then().statusCode(anyOf(is(200), is(201)));
        String readyEncounter;
        String submittedEncounter;
        String rejectedEncounter;
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            readyEncounter = send(flow, HELD_PAYER);
            submittedEncounter = send(flow, SENT_PAYER);
            submittedPatient = lastPatient;
            rejectedEncounter = send(flow, SENT_PAYER);
        }
        ready = awaitClaim(readyEncounter, "READY");
        submitted = awaitClaim(submittedEncounter, "SUBMITTED");
        rejected = awaitClaim(rejectedEncounter, "SUBMITTED");
        JsonPath claim = asBillerA().get("/claims/{id}", submitted).then().statusCode(200).extract().jsonPath();
        submission = claim.getString("lastSubmissionId");
        groupControl = asBillerA().get("/submissions/{id}/summary", submission).then().statusCode(200).extract()
                .jsonPath().getInt("groupControlNumber");
        // Lakeside's own 277CA puts one claim in its work queue.
        asBillerA().contentType("application/edi-x12").body(Acks.x277ca(rejected, "PCN-" + SUFFIX, false)
                .getBytes(StandardCharsets.ISO_8859_1)).post("/acknowledgments").then().statusCode(201);
        await().atMost(ClaimFlow.PATIENCE).until(() -> "REJECTED".equals(status(rejected)));
    }

    private String send(ClaimFlow flow, String payer) throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("payerId", payer);
        encounter.put("billingProviderNpi", TestPractices.LAKESIDE);
        lastPatient = PATIENT + "-" + UUID.randomUUID().toString().substring(0, 4);
        ((ObjectNode) encounter.get("patient")).put("id", lastPatient);
        flow.sendEncounter(encounter, "corr-tenancy");
        return encounter.get("encounterId").asText();
    }

    private static io.restassured.specification.RequestSpecification asBillerA() {
        return given().auth().oauth2(TestTokens.forRole("biller"));
    }

    private String awaitClaim(String encounterId, String status) {
        await().atMost(ClaimFlow.PATIENCE).until(() -> asBillerA().queryParam("encounterId", encounterId)
                .get("/claims").then().extract().jsonPath().getInt("total") == 1);
        String claimId = asBillerA().queryParam("encounterId", encounterId).get("/claims").then().extract()
                .jsonPath().getString("items[0].claimId");
        await().atMost(ClaimFlow.PATIENCE).until(() -> status.equals(status(claimId)));
        return claimId;
    }

    private String status(String claimId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT status FROM claim WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(claimId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    protected Set<String> practiceAMarkers() {
        return Set.of(ready, submitted, rejected, submission, PATIENT, HELD_PAYER, SENT_PAYER);
    }

    @Override
    protected List<Probe> probes() {
        String json = "application/json";
        String x12 = "application/edi-x12";
        return List.of(
                Probe.absent("GET /claims", "biller", "/claims?size=500"),
                Probe.absent("GET /claims", "revenue-manager", "/claims?size=500&payerId=" + SENT_PAYER),
                Probe.notFound("GET /claims/{id}", "biller", "/claims/" + submitted),
                Probe.notFound("GET /claims/{id}", "revenue-manager", "/claims/" + submitted),
                // Named in the request, so the generic check cannot see them; practiceAChanges and the items
                // check below do: B's answer lists them as unknown.
                Probe.unaffected("POST /claims/balances", "biller", "POST", "/claims/balances", json,
                        "{\"claimIds\":[\"" + submitted + "\",\"" + ready + "\"]}"),
                Probe.refused("POST /claims/{id}/scrub", "biller", "POST", "/claims/" + ready + "/scrub", json, "{}"),
                Probe.refused("PUT /claims/{id}/corrections", "biller", "PUT", "/claims/" + ready + "/corrections",
                        json, "{\"placeOfService\":\"22\"}"),
                Probe.refused("POST /claims/{id}/replacement", "biller", "POST", "/claims/" + submitted
                        + "/replacement", json, "{}"),
                Probe.refused("POST /claims/{id}/void", "biller", "POST", "/claims/" + submitted + "/void", json, "{}"),
                Probe.refused("POST /claims/{id}/close", "biller", "POST", "/claims/" + rejected + "/close", json, "{}"),
                Probe.absent("GET /work-queue", "biller", "/work-queue?size=500"),
                // Counts only: B's are its own (no value of A to look for); A's control would show no id either.
                Probe.absent("GET /work-queue/summary", "revenue-manager", "/work-queue/summary").noControl(),
                Probe.forbidden("POST /work-queue/rescrub", "biller", "POST",
                        "/work-queue/rescrub?billingProviderNpi=" + TestPractices.LAKESIDE, json, "{}"),
                Probe.unaffected("POST /submissions", "biller", "POST", "/submissions?payerId=" + HELD_PAYER, json,
                        "{}"),
                Probe.absent("GET /submissions", "biller", "/submissions?size=500"),
                Probe.notFound("GET /submissions/{id}", "biller", "/submissions/" + submission),
                Probe.notFound("GET /submissions/{id}/summary", "biller", "/submissions/" + submission + "/summary"),
                Probe.unaffected("POST /acknowledgments", "biller", "POST", "/acknowledgments", x12,
                        Acks.x277ca(submitted, "PCN-B-" + SUFFIX, false)),
                Probe.unaffected("POST /acknowledgments", "biller", "POST", "/acknowledgments", x12,
                        Acks.x999(groupControl, "0001", false)),
                Probe.unaffected("POST /acknowledgments", "payer-integration", "POST", "/acknowledgments", x12,
                        Acks.x277ca(submitted, "PCN-P-" + SUFFIX, false)),
                Probe.absent("GET /ar/aging", "revenue-manager", "/ar/aging?asOf=2030-01-01"),
                Probe.absent("GET /ar/metrics", "revenue-manager", "/ar/metrics").noControl(),
                Probe.absent("GET /audit", "auditor", "/audit?action=claim&size=500"),
                // The patient side (issue 16): A's claim is unknown to B, A's accounts are A's practice by name.
                Probe.notFound("GET /claims/{id}/patient-balance", "biller", "/claims/" + submitted
                        + "/patient-balance"),
                Probe.refused("POST /claims/{id}/patient-payments", "biller", "POST", "/claims/" + submitted
                        + "/patient-payments", json, "{\"reference\":\"TEN-P-" + SUFFIX + "\",\"amount\":\"1.00\"}"),
                Probe.refused("POST /claims/{id}/copays", "biller", "POST", "/claims/" + submitted + "/copays",
                        json, "{\"reference\":\"TEN-C-" + SUFFIX + "\",\"amount\":\"1.00\"}"),
                Probe.refused("POST /claims/{id}/patient-refunds", "biller", "POST", "/claims/" + submitted
                        + "/patient-refunds", json, "{\"reference\":\"TEN-R-" + SUFFIX + "\",\"amount\":\"1.00\"}"),
                Probe.forbidden("GET /patient-accounts/{npi}/{patientId}", "biller", "GET", "/patient-accounts/"
                        + TestPractices.LAKESIDE + "/" + submittedPatient, null, null),
                Probe.forbidden("GET /patient-accounts/{npi}/{patientId}/statement", "revenue-manager", "GET",
                        "/patient-accounts/" + TestPractices.LAKESIDE + "/" + submittedPatient + "/statement", null,
                        null),
                Probe.forbidden("POST /patient-accounts/{npi}/statement-runs", "biller", "POST", "/patient-accounts/"
                        + TestPractices.LAKESIDE + "/statement-runs", json, "{}"),
                Probe.forbidden("POST /patient-accounts/{npi}/copays", "biller", "POST", "/patient-accounts/"
                        + TestPractices.LAKESIDE + "/copays", json, "{\"encounterId\":\"" + UUID.randomUUID()
                        + "\",\"reference\":\"TEN-E-" + SUFFIX + "\",\"amount\":\"1.00\"}"),
                Probe.forbidden("POST /patient-accounts/{npi}/small-balance-write-offs", "biller", "POST",
                        "/patient-accounts/" + TestPractices.LAKESIDE + "/small-balance-write-offs", json, "{}"),
                // Lakeside owes nothing yet, so it has no statement to guess: an unknown id is a 404 for both
                // (PatientStatementTest proves one patient's statement never carries another's data).
                Probe.notFound("GET /patient-statements/{id}", "biller", "/patient-statements/" + UUID.randomUUID())
                        .controlStatus(404));
    }

    @Override
    protected List<String> practiceAChanges() {
        List<String> changed = new ArrayList<>();
        try {
            expect(changed, ready, "READY");
            expect(changed, submitted, "SUBMITTED");
            expect(changed, rejected, "REJECTED");
        } catch (Exception e) {
            changed.add("could not read Lakeside's claims: " + e);
        }
        List<String> balances = given().auth().oauth2(TestTokens.forRoleOfPrairie("biller"))
                .contentType("application/json").body(Map.of("claimIds", List.of(submitted, ready)))
                .post("/claims/balances").then().extract().jsonPath().getList("items.claimId");
        if (balances != null && !balances.isEmpty()) {
            changed.add("POST /claims/balances gave practice B the balances of " + balances);
        }
        return changed;
    }

    private void expect(List<String> changed, String claimId, String status) throws Exception {
        String now = status(claimId);
        if (!status.equals(now)) {
            changed.add("Lakeside's claim " + claimId + " is " + now + " after practice B's calls, not " + status);
        }
    }
}
