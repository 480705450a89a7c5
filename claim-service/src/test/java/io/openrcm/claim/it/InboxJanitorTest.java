package io.openrcm.claim.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.consumer.InboxJanitor;
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
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Processed event ids are forgotten after the retention (30 days by default), and not a day before. */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class InboxJanitorTest {

    @Inject
    InboxJanitor janitor;
    @Inject
    AgroalDataSource db;

    @Test
    void forgetsOnlyIdsPastTheRetention() throws Exception {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        insert(old, Instant.now().minus(Duration.ofDays(31)));
        insert(recent, Instant.now().minus(Duration.ofDays(29)));

        assertThat(janitor.purge()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private void insert(UUID eventId, Instant processedAt) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('janitor-test', ?, ?)")) {
            ps.setObject(1, eventId);
            ps.setTimestamp(2, Timestamp.from(processedAt));
            ps.executeUpdate();
        }
    }

    private boolean exists(UUID eventId) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
