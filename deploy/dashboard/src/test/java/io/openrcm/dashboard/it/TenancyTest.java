package io.openrcm.dashboard.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.TenancyContract;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's tenancy with real tokens: manager-b (Prairie) sees none of Lakeside's figures, changes or stream
 * events, cannot ask the stream for Lakeside, and auditor-b sees none of Lakeside's audit records.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
@WithTestResource(KeycloakTestResource.class)
class TenancyTest extends TenancyContract {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    /** A payer of practice A's claim only: it shows in A's figures (by payer) and nowhere in B's. */
    static final String PAYER = "TEN-" + SUFFIX;
    static final String CLAIM = "claim-tenancy-" + SUFFIX;
    static final String REASON = "TEN" + SUFFIX;

    @TestHTTPResource("/")
    URL root;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Override
    protected String service() {
        return "dashboard";
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
        try (FeedEvents feed = new FeedEvents(bootstrapServers)) {
            // FeedEvents' claims are Lakeside's (billing provider 1234567893): denied, with a reason only it has.
            feed.lifeOf(CLAIM, PAYER, "DENIED", "0.00", "160.00", List.of(REASON), null);
        }
        String manager = TestTokens.forRole("revenue-manager");
        await().atMost(ClaimStatusFeedTest.PATIENCE).until(() -> given().auth().oauth2(manager)
                .queryParam("limit", 200).get("/api/changes").then().statusCode(200).extract().asString()
                .contains(REASON));
        // manager-a's stream of Lakeside is on record with Lakeside's NPI, for the audit probe.
        get(manager, "/claim-status/stream?providerNpi=" + TestPractices.LAKESIDE);
    }

    @Override
    protected Set<String> practiceAMarkers() {
        // Lakeside's NPI too: the figures by billing provider and the audit records of its stream carry it.
        return Set.of(PAYER, CLAIM, REASON, TestPractices.LAKESIDE);
    }

    @Override
    protected List<Probe> probes() {
        return List.of(
                Probe.absent("GET /api/summary", "revenue-manager", "/api/summary"),
                Probe.absent("GET /api/changes", "revenue-manager", "/api/changes?limit=200"),
                Probe.absent("GET /claim-status/stream", "revenue-manager", "/claim-status/stream?after=0&payerId=" + PAYER),
                Probe.forbidden("GET /claim-status/stream", "revenue-manager", "GET",
                        "/claim-status/stream?providerNpi=" + TestPractices.LAKESIDE, null, null),
                // The stream opened for Lakeside by manager-a (in the seed) is on record with Lakeside's NPI.
                new Probe("GET /audit", "auditor", "GET", "/audit?action=claim-status.stream&size=500", null, null,
                        Expect.ABSENT, 200, Duration.ofSeconds(3)));
    }
}
