package io.openrcm.dashboard.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A revenue manager of Lakeside sees only Lakeside's claim-status changes, in the latest changes and in the SSE
 * stream (live), and cannot ask the stream for Prairie's.
 */
@QuarkusTest
@TestSecurity(user = "manager.lakeside", roles = "revenue-manager")
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_LAKESIDE, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
class PracticeScopingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/claim-status/stream")
    URL stream;

    @Test
    void anotherPracticesChangesAreNeitherListedNorStreamed() throws Exception {
        String payer = "SCOPE-" + UUID.randomUUID().toString().substring(0, 8);
        String ours = "claim-ours-" + payer;
        String theirs = "claim-theirs-" + payer;
        try (FeedEvents feed = new FeedEvents(bootstrapServers);
                SseReader reader = new SseReader(stream + "?payerId=" + payer, null)) {
            assertThat(reader.next("ready", ClaimStatusFeedTest.PATIENCE)).isNotNull();
            feed.send(theirs, FeedEvents.payload(theirs, payer, null, "CREATED", "40.00", "0.00", "0.00", "0.00",
                    "40.00", List.of(), null).replace(TestPractices.LAKESIDE, TestPractices.PRAIRIE));
            feed.send(ours, FeedEvents.payload(ours, payer, null, "CREATED", "40.00", "0.00", "0.00", "0.00",
                    "40.00", List.of(), null));
            SseReader.Event event = reader.next("claim-status", ClaimStatusFeedTest.PATIENCE);
            assertThat(JSON.readTree(event.data()).get("claimId").asText()).isEqualTo(ours);
            assertThat(reader.next("claim-status", Duration.ofSeconds(1))).isNull();
        }
        await().atMost(ClaimStatusFeedTest.PATIENCE).until(() -> !ClaimStatusFeedTest.changesOf(ours).isEmpty());
        assertThat(ClaimStatusFeedTest.changesOf(theirs)).isEmpty();
    }

    @Test
    void theStreamRefusesAProviderTheTokenDoesNotCarry() {
        given().queryParam("providerNpi", TestPractices.PRAIRIE).get("/claim-status/stream").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(TestPractices.PRAIRIE));
    }
}
