package io.openrcm.claim.it;

import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.Claim;
import io.openrcm.testsupport.TestPractices;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.Topics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: an outbox row the relay parked (the broker refused it) is listed at {@code /admin/parked-outbox-events},
 * and an operator hands it back to the relay (it is published) or discards it with a reason (it never is); both
 * are audited in {@code outbox_event_action}.
 */
@QuarkusTest
// The operator is the signed-in caller (the token), never a header.
@TestSecurity(user = "ops-anna", roles = "administrator")
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ParkedOutboxAdminTest {

    private static final String REASON = "RecordTooLargeException: The message is 2000123 bytes when serialized";

    @Inject
    DataSource dataSource;

    @Test
    void aReplayedRowIsPublishedByTheRelayAndTheReplayIsAudited() throws Exception {
        long id = parkedRow();

        await().atMost(Duration.ofSeconds(20)).until(() -> ParkedGauge.of("outbox-relay") >= 1);
        given().get("/admin/parked-outbox-events").then().statusCode(200)
                .body("id", hasItem((int) id))
                .body("find { it.id == " + id + " }.reason", equalTo(REASON))
                .body("find { it.id == " + id + " }.eventType", equalTo("ClaimStatusChanged"));
        // A typed X-Actor header is ignored: the audit names the signed-in operator.
        given().header("X-Actor", "mallory").post("/admin/parked-outbox-events/" + id + "/replay").then()
                .statusCode(200).body("parkedAt", nullValue());

        await().atMost(Duration.ofSeconds(30)).until(() -> !waiting(id));
        given().get("/admin/parked-outbox-events").then().statusCode(200).body("id", not(hasItem((int) id)));
        given().header("X-Actor", "ops-anna").post("/admin/parked-outbox-events/" + id + "/replay").then()
                .statusCode(409);
        assertThat(audit(id)).containsExactly(List.of("REPLAYED", "ops-anna", REASON));
    }

    @Test
    @TestSecurity(user = "ops-ben", roles = "administrator")
    void aDiscardedRowIsNeverPublishedAndLeavesTheQueue() throws Exception {
        long id = parkedRow();

        given().header("X-Actor", "ops-ben").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/admin/parked-outbox-events/" + id + "/discard").then().statusCode(400)
                .body("violations.pointer", hasItem("/reason"));
        given().header("X-Actor", "ops-ben").contentType(ContentType.JSON)
                .body(Map.of("reason", "superseded by a later status change"))
                .post("/admin/parked-outbox-events/" + id + "/discard").then().statusCode(200)
                .body("discardedAt", not(nullValue()));

        given().get("/admin/parked-outbox-events").then().statusCode(200).body("id", not(hasItem((int) id)));
        given().header("X-Actor", "ops-ben").post("/admin/parked-outbox-events/" + id + "/replay").then()
                .statusCode(409);
        given().header("X-Actor", "ops-ben").post("/admin/parked-outbox-events/999999999/replay").then()
                .statusCode(404);
        // The relay runs every few hundred milliseconds: long enough to have published it, had it been free.
        Thread.sleep(1_500);
        assertThat(waiting(id)).as("the discarded row stays, unpublished").isTrue();
        assertThat(audit(id)).containsExactly(List.of("DISCARDED", "ops-ben", "superseded by a later status change"));
    }

    /** An outbox row as the relay leaves it after the broker refused it for good. */
    private long parkedRow() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, event_version,"
                        + " payload, occurred_at, parked_at, park_reason)"
                        + " VALUES (?, ?, 'Claim', ?, 'ClaimStatusChanged', 1, '{}', ?, ?, ?) RETURNING id")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, Topics.CLAIM_STATUS);
            ps.setString(3, "parked-test-" + UUID.randomUUID());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.setString(6, REASON);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** True while the row is there unpublished: the relay deletes a row once Kafka acknowledged it. */
    private boolean waiting(long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM outbox_event WHERE id = ? AND sent_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<List<String>> audit(long id) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT action, actor, coalesce(reason, '') FROM outbox_event_action WHERE outbox_event_id = ?"
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
