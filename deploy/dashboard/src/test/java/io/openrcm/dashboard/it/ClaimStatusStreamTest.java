package io.openrcm.dashboard.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
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
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Server-Sent Events stream: live, filtered, and resumable with Last-Event-ID. */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
class ClaimStatusStreamTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/claim-status/stream")
    URL stream;

    private FeedEvents feed;

    @BeforeEach
    void connect() {
        feed = new FeedEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        feed.close();
    }

    @Test
    void streamsEachChangeLiveToTheReadersOfItsPayer() throws Exception {
        String mine = "SSE-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "OTHER-" + UUID.randomUUID().toString().substring(0, 8);
        try (SseReader reader = new SseReader(stream + "?payerId=" + mine, null)) {
            assertThat(reader.next("ready", PATIENCE)).isNotNull();
            assertThat(reader.status()).isEqualTo(200);
            feed.send("claim-" + other, FeedEvents.payload("claim-" + other, other, null, "CREATED", "10.00", "0.00",
                    "0.00", "0.00", "10.00", List.of(), null));
            String payload = FeedEvents.payload("claim-" + mine, mine, null, "CREATED", "20.00", "0.00", "0.00",
                    "0.00", "20.00", List.of(), null);
            feed.send("claim-" + mine, payload);

            SseReader.Event event = reader.next("claim-status", PATIENCE);
            assertThat(event).isNotNull();
            assertThat(JSON.readTree(event.data())).isEqualTo(JSON.readTree(payload));
            assertThat(Long.parseLong(event.id())).isPositive();
            assertThat(reader.next("claim-status", Duration.ofSeconds(1))).isNull();
        }
    }

    @Test
    void aReaderThatComesBackWithLastEventIdGetsWhatItMissedInOrder() throws Exception {
        String payer = "RESUME-" + UUID.randomUUID().toString().substring(0, 8);
        String claim = "claim-" + payer;
        String lastSeen;
        try (SseReader reader = new SseReader(stream + "?payerId=" + payer, null)) {
            assertThat(reader.next("ready", PATIENCE)).isNotNull();
            feed.send(claim, FeedEvents.payload(claim, payer, null, "CREATED", "30.00", "0.00", "0.00", "0.00",
                    "30.00", List.of(), null));
            lastSeen = reader.next("claim-status", PATIENCE).id();
        }
        feed.send(claim, FeedEvents.payload(claim, payer, "CREATED", "SUBMITTED", "30.00", "0.00", "0.00", "0.00",
                "30.00", List.of(), null));
        feed.send(claim, FeedEvents.payload(claim, payer, "SUBMITTED", "PAID", "30.00", "30.00", "0.00", "0.00",
                "0.00", List.of(), null));
        Awaitility.await().atMost(PATIENCE).until(() -> "PAID".equals(
                ClaimStatusFeedTest.changesOf(claim).get(0).get("toStatus")));

        try (SseReader reader = new SseReader(stream + "?payerId=" + payer, lastSeen)) {
            SseReader.Event first = reader.next("claim-status", PATIENCE);
            SseReader.Event second = reader.next("claim-status", PATIENCE);
            assertThat(JSON.readTree(first.data()).get("toStatus").asText()).isEqualTo("SUBMITTED");
            assertThat(JSON.readTree(second.data()).get("toStatus").asText()).isEqualTo("PAID");
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()))
                    .isGreaterThan(Long.parseLong(lastSeen));
            assertThat(reader.next("claim-status", Duration.ofSeconds(1))).isNull();
        }
    }

    @Test
    void filtersByBillingProvider() throws Exception {
        String payer = "NPI-" + UUID.randomUUID().toString().substring(0, 8);
        String claim = "claim-" + payer;
        try (SseReader theirs = new SseReader(stream + "?providerNpi=1245319599", null);
                SseReader ours = new SseReader(stream + "?providerNpi=1234567893&payerId=" + payer, null)) {
            assertThat(theirs.next("ready", PATIENCE)).isNotNull();
            assertThat(ours.next("ready", PATIENCE)).isNotNull();
            feed.send(claim, FeedEvents.payload(claim, payer, null, "CREATED", "40.00", "0.00", "0.00", "0.00",
                    "40.00", List.of(), null));
            SseReader.Event event = ours.next("claim-status", PATIENCE);
            assertThat(JSON.readTree(event.data()).get("claimId").asText()).isEqualTo(claim);
            assertThat(theirs.next("claim-status", Duration.ofSeconds(1))).isNull();
        }
    }

    @Test
    void aReaderFromAheadOfTheProjectionIsToldToReload() throws Exception {
        try (SseReader reader = new SseReader(stream.toString(), Long.toString(Long.MAX_VALUE / 2))) {
            SseReader.Event reset = reader.next("reset", PATIENCE);
            assertThat(reset).isNotNull();
            assertThat(JSON.readTree(reset.data()).get("lastSequence").asLong()).isLessThan(Long.MAX_VALUE / 2);
        }
    }

    @Test
    void refusesAFilterThatCannotMatch() {
        given().queryParam("providerNpi", "1234567890").get("/claim-status/stream").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Last-Event-ID", "yesterday").get("/claim-status/stream").then().statusCode(400);
    }
}
