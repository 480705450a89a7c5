package io.openrcm.claim.it;

import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.TestSecurity;
import io.openrcm.testsupport.TestPractices;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the operator's side of a parked event through REST: {@code /admin/parked-events} lists it without its
 * payload, a replay applies it through the consumer's own handler (here: the claim appears), a discard needs a
 * reason, both need an actor, a resolved event cannot be resolved again, and every action is audited.
 */
@QuarkusTest
// The operator is the signed-in caller (the token), never a header: ops-anna here, ops-ben in the discard test.
@TestSecurity(user = "ops-anna", roles = {"administrator", "biller"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ParkedEventsAdminTest {

    private static final String CONSUMER = "claim-service.encounter-coded";

    @Inject
    DataSource dataSource;

    @Test
    void aParkedEncounterIsListedThenReplayedIntoAClaimAndTheReplayIsAudited() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        String encounterId = encounter.get("encounterId").asText();
        long id = park(encounter);

        // The gauge the RcmParkedEvents alert watches: counted in the background every few seconds, never NaN here.
        await().atMost(Duration.ofSeconds(20)).until(() -> ParkedGauge.of(CONSUMER) >= 1);
        given().get("/admin/parked-events").then().statusCode(200)
                .body("id", hasItem((int) id))
                .body("find { it.id == " + id + " }.consumer", equalTo(CONSUMER))
                .body("find { it.id == " + id + " }.reason", equalTo("IllegalStateException: handler bug"))
                .body("find { it.id == " + id + " }.attempts", equalTo(5))
                .body("find { it.id == " + id + " }", not(hasKey("payload")));
        // A typed X-Actor header is ignored: the audit names the signed-in operator.
        given().header("X-Actor", "mallory").post("/admin/parked-events/" + id + "/replay").then().statusCode(200)
                .body("status", equalTo("REPLAYED"));

        given().queryParam("encounterId", encounterId).get("/claims").then().statusCode(200)
                .body("total", equalTo(1));
        given().get("/admin/parked-events").then().statusCode(200).body("id", not(hasItem((int) id)));
        given().queryParam("status", "REPLAYED").get("/admin/parked-events").then().statusCode(200)
                .body("id", hasItem((int) id));
        given().header("X-Actor", "ops-anna").post("/admin/parked-events/" + id + "/replay").then().statusCode(409);
        assertThat(audit(id)).containsExactly(List.of("REPLAYED", "ops-anna", ""));
    }

    @Test
    @TestSecurity(user = "ops-ben", roles = {"administrator", "biller"})
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
    void aDiscardNeedsAReasonAndIsAuditedWithIt() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        long id = park(encounter);

        given().header("X-Actor", "ops-ben").contentType(ContentType.JSON).body(Map.of())
                .post("/admin/parked-events/" + id + "/discard").then().statusCode(400)
                .body("violations.pointer", hasItem("/reason"));
        given().header("X-Actor", "ops-ben").contentType(ContentType.JSON)
                .body(Map.of("reason", "test encounter, sent by mistake"))
                .post("/admin/parked-events/" + id + "/discard").then().statusCode(200)
                .body("status", equalTo("DISCARDED"));

        given().queryParam("encounterId", encounter.get("encounterId").asText()).get("/claims").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("X-Actor", "ops-ben").post("/admin/parked-events/" + id + "/replay").then().statusCode(409);
        given().header("X-Actor", "ops-ben").post("/admin/parked-events/999999999/replay").then().statusCode(404);
        assertThat(audit(id)).containsExactly(List.of("DISCARDED", "ops-ben", "test encounter, sent by mistake"));
    }

    /** Parks the encounter as the consumer would have after giving up on it (an offset no real record has). */
    private long park(ObjectNode encounter) throws Exception {
        String encounterId = encounter.get("encounterId").asText();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "EncounterCoded", 1, "/code-service",
                Instant.now(), encounterId, "corr-parked");
        String headers = GoldenEvents.JSON.writeValueAsString(CloudEventHeaders.asText(CloudEventHeaders.of(envelope)));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO parked_event (consumer, topic, partition_no, offset_no, record_key, event_id, event_type,"
                        + " headers, payload, reason, attempts, first_failure_at, last_failure_at)"
                        + " VALUES (?,?,0,?,?,?,'EncounterCoded',?,?,'IllegalStateException: handler bug',5,?,?)"
                        + " RETURNING id")) {
            ps.setString(1, CONSUMER);
            ps.setString(2, Topics.ENCOUNTER_CODED);
            ps.setLong(3, 1_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000));
            ps.setString(4, encounterId);
            ps.setObject(5, envelope.eventId());
            ps.setString(6, headers);
            ps.setString(7, encounter.toString());
            ps.setTimestamp(8, Timestamp.from(Instant.now()));
            ps.setTimestamp(9, Timestamp.from(Instant.now()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<List<String>> audit(long id) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT action, actor, coalesce(reason, '') FROM parked_event_action WHERE parked_event_id = ?"
                        + " ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return rows;
    }
}
