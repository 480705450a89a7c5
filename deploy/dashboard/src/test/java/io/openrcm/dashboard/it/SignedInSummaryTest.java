package io.openrcm.dashboard.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * End to end through the dashboard's API with a real sign-in: manager-b logs in on the test Keycloak's login page
 * (authorization code + PKCE), and the summary her session gets holds Prairie's figures only, both the projection's
 * own and those the other services answer; those services are sent her own token (never the dashboard's client
 * token), so they scope by her practices. manager-a's session is the control: Lakeside's figures.
 */
@QuarkusTest
@TestProfile(SignedInSummaryTest.SignInAndStubbedServices.class)
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
@WithTestResource(KeycloakTestResource.class)
class SignedInSummaryTest {

    static final RemoteServicesStub SERVICES = new RemoteServicesStub();
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    static final String PAYER_A = "SIGNA-" + SUFFIX;
    static final String PAYER_B = "SIGNB-" + SUFFIX;
    static final String CLAIM_A = "claim-signed-a-" + SUFFIX;
    static final String CLAIM_B = "claim-signed-b-" + SUFFIX;

    /** The page's sign-in on, and the other services' read APIs answered by {@link RemoteServicesStub}. */
    public static class SignInAndStubbedServices implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.web.tenant-enabled", "true",
                    "rcm.dashboard.code-service-url", SERVICES.url(),
                    "rcm.dashboard.claim-service-url", SERVICES.url(),
                    "rcm.dashboard.reimbursement-service-url", SERVICES.url(),
                    // Every summary asks the services again: a cached answer would hide whose token was sent.
                    "rcm.dashboard.remote-cache", "PT0.001S",
                    // The back end's own client (the dev realm's dashboard-backend) for the figures of no practice.
                    "rcm.dashboard.service-client.secret", "dev-dashboard-backend-secret");
        }
    }

    @TestHTTPResource("/")
    URL root;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterAll
    static void stopServices() {
        SERVICES.close();
    }

    @Test
    void aSignedInPracticeBManagerSeesOnlyPrairiesFiguresAndTheServicesGetHerOwnToken() throws Exception {
        try (FeedEvents feed = new FeedEvents(bootstrapServers)) {
            feed.lifeOf(CLAIM_A, PAYER_A, "DENIED", "0.00", "160.00", List.of("CO-16"), null);
            // FeedEvents' claims are Lakeside's; this one is Prairie's.
            for (String[] move : new String[][] {{null, "CREATED"}, {"CREATED", "SUBMITTED"}}) {
                feed.send(CLAIM_B, FeedEvents.payload(CLAIM_B, PAYER_B, move[0], move[1], "95.00", "0.00", "0.00",
                        "0.00", "95.00", List.of(), null).replace(TestPractices.LAKESIDE, TestPractices.PRAIRIE));
            }
        }
        String managerA = TestTokens.forRole("revenue-manager");
        String managerB = TestTokens.forRoleOfPrairie("revenue-manager");
        await().atMost(ClaimStatusFeedTest.PATIENCE).until(() -> given().auth().oauth2(managerA)
                .get("/api/summary").asString().contains(PAYER_A)
                && given().auth().oauth2(managerB).get("/api/summary").asString().contains(PAYER_B));

        String sessionB = new KeycloakLogin().signIn(root.toURI(), "manager-b", "dev-manager-b");
        int before = SERVICES.calls().size();
        String summaryB = given().header("Cookie", sessionB).accept("application/json").get("/api/summary").then()
                .statusCode(200).extract().asString();
        String prairie = RemoteServicesStub.marker(Set.of(TestPractices.PRAIRIE));
        assertThat(summaryB).contains(PAYER_B, prairie)
                .doesNotContain(PAYER_A, CLAIM_A, TestPractices.LAKESIDE, "CO-16");
        JsonPath b = JsonPath.from(summaryB);
        assertThat(b.getString("rates.cleanClaimRate")).isEqualTo(prairie);
        assertThat(b.getLong("workQueues.coding")).isEqualTo(2);
        assertThat(b.getLong("workQueues.unmatchedRemittances")).isEqualTo(2);
        assertThat(b.getString("underpayments.items[0].claimId")).isEqualTo(prairie);

        // The clearinghouse panel: each service's link as its status endpoint said, read with the dashboard's own
        // client (no practice's data), never with manager-b's token.
        assertThat(b.getList("clearinghouse.service")).containsExactly("claim-service", "reimbursement-service");
        assertThat(b.getString("clearinghouse[0].state")).isEqualTo("DOWN");
        assertThat(b.getString("clearinghouse[0].lastError")).isEqualTo("ConnectException: Connection refused");
        assertThat(b.getBoolean("clearinghouse[0].hostKeyRefused")).isTrue();
        assertThat(b.getLong("clearinghouse[1].backlog")).isEqualTo(4);
        assertThat(b.getLong("clearinghouse[1].failedFiles")).isEqualTo(1);
        List<RemoteServicesStub.Call> status = SERVICES.calls().subList(before, SERVICES.calls().size()).stream()
                .filter(c -> c.path().equals("/admin/clearinghouse-status")).toList();
        assertThat(status).isNotEmpty();
        for (RemoteServicesStub.Call call : status) {
            assertThat(RemoteServicesStub.claimsOf(call).path("azp").asText()).isEqualTo("dashboard-backend");
        }

        // Every figure of a practice was asked for with manager-b's own token from her sign-in, Prairie's only.
        List<RemoteServicesStub.Call> scoped = SERVICES.calls().subList(before, SERVICES.calls().size()).stream()
                .filter(c -> !c.path().startsWith("/admin/")).toList();
        assertThat(scoped).extracting(RemoteServicesStub.Call::path).contains("/ar/metrics", "/work-queue/summary",
                "/coding-queue", "/exceptions", "/underpayments");
        for (RemoteServicesStub.Call call : scoped) {
            var claims = RemoteServicesStub.claimsOf(call);
            assertThat(claims.path("preferred_username").asText()).as(call.path()).isEqualTo("manager-b");
            assertThat(claims.path("azp").asText()).as(call.path()).isEqualTo("dashboard");
            assertThat(claims.path("iss").asText()).as(call.path()).isEqualTo(TestTokens.issuer());
            assertThat(claims.path("practices").toString()).as(call.path()).isEqualTo(TestPractices.ONLY_PRAIRIE);
        }

        // Parked events are administrator-only at every service: manager-b's summary says so and the dashboard asked
        // no service for them, neither with her token nor with its own client's.
        assertThat(b.getBoolean("parkedEvents.permitted")).isFalse();
        assertThat(b.getList("parkedEvents.services")).isEmpty();
        assertThat(SERVICES.calls().subList(before, SERVICES.calls().size()))
                .extracting(RemoteServicesStub.Call::path).doesNotContain("/admin/parked-events");

        // The control: manager-a's session sees Lakeside's figures, so the assertions above can fail.
        String sessionA = new KeycloakLogin().signIn(root.toURI(), "manager-a", "dev-manager-a");
        String summaryA = given().header("Cookie", sessionA).accept("application/json").get("/api/summary").then()
                .statusCode(200).extract().asString();
        assertThat(summaryA).contains(PAYER_A, RemoteServicesStub.marker(Set.of(TestPractices.LAKESIDE)))
                .doesNotContain(PAYER_B, CLAIM_B, prairie);
        assertThat(JsonPath.from(summaryA).getBoolean("parkedEvents.permitted")).isFalse();
    }

    @Test
    void anAdministratorsParkedEventsAreReadWithHisOwnTokenNeverTheDashboardsClient() {
        // The dev realm's holder of both revenue-manager (to open the summary) and administrator.
        String admin = TestTokens.clientCredentials("openrcm-bench");
        int before = SERVICES.calls().size();
        JsonPath summary = JsonPath.from(given().auth().oauth2(admin).accept("application/json").get("/api/summary")
                .then().statusCode(200).extract().asString());

        assertThat(summary.getBoolean("parkedEvents.permitted")).isTrue();
        assertThat(summary.getList("parkedEvents.services.service")).containsExactly("code-service",
                "claim-service", "reimbursement-service");
        // The stub answers 403 to a token without administrator, so a count means the caller's token went through.
        assertThat(summary.getLong("parkedEvents.total")).isEqualTo(3);
        assertThat(summary.getString("parkedEvents.services[0].items[0].reason")).isEqualTo("boom");
        List<RemoteServicesStub.Call> parked = SERVICES.calls().subList(before, SERVICES.calls().size()).stream()
                .filter(c -> c.path().equals("/admin/parked-events")).toList();
        // The three services are one stub address here, so the dashboard may ask it once for all three.
        assertThat(parked).isNotEmpty();
        for (RemoteServicesStub.Call call : parked) {
            assertThat(call.token()).isEqualTo(admin);
            assertThat(RemoteServicesStub.claimsOf(call).path("azp").asText()).isNotEqualTo("dashboard-backend");
        }
    }
}
