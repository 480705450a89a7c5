package io.openrcm.code.messaging;

import static io.restassured.RestAssured.given;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.OutboxRepository;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Only one relay publishes at a time: while another instance holds the relay lock, this one publishes nothing and
 * the event waits in the outbox; once the lock is free it goes out. This is what keeps per-key order with several
 * instances of a service running.
 */
@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class OutboxRelayExclusivityTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource db;

    @Test
    void anEventWaitsInTheOutboxWhileAnotherRelayHoldsTheLock() throws Exception {
        String encounterId;
        try (Connection otherInstance = db.getConnection()) {
            lock(otherInstance, "SELECT pg_advisory_lock(?)");

            encounterId = given().contentType(ContentType.JSON).body(EncounterRequests.json(EncounterRequests.newEhrId()))
                    .post("/encounters").then().statusCode(201).extract().path("encounterId");

            String id = encounterId;
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> unsent(id) == 1);
            assertThat(recordsFor(encounterId)).isZero();

            lock(otherInstance, "SELECT pg_advisory_unlock(?)");
        }

        String id = encounterId;
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent(id) == 0);
        assertThat(recordsFor(encounterId)).isEqualTo(1);
    }

    private long unsent(String aggregateId) {
        return Rows.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND sent_at IS NULL",
                aggregateId);
    }

    private long recordsFor(String encounterId) {
        return TopicReader.readAll(bootstrapServers, Topics.ENCOUNTER_CODED).stream()
                .filter(r -> encounterId.equals(r.key())).count();
    }

    private static void lock(Connection connection, String sql) throws Exception {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, OutboxRepository.RELAY_LOCK_KEY);
            ps.execute();
        }
    }
}
