package io.openrcm.platform.eventing.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.infra.SharedTestInfrastructure;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The parked-event table and its audit, against the platform migrations on a real PostgreSQL. */
class ParkedEventRepositoryTest {

    private static PGSimpleDataSource dataSource;
    private static ParkedEventRepository repository;

    @BeforeAll
    static void migrate() throws Exception {
        dataSource = SharedTestInfrastructure.endpoints().newDatabase("platform_parked");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(script("db/platform/V0_1__outbox_and_inbox.sql"));
            s.execute(script("db/platform/V0_2__parked_events.sql"));
        }
        repository = new ParkedEventRepository(dataSource);
    }

    @Test
    void aRecordParkedTwiceKeepsOneOpenRowWithItsAttemptsAdded() throws SQLException {
        ParkedEvent first = parked("consumer-a", 41, 10, Instant.parse("2026-12-01T10:00:00Z"));
        long id = repository.park(first);
        long again = repository.park(parked("consumer-a", 41, 10, Instant.parse("2026-12-01T11:00:00Z")));

        assertThat(again).isEqualTo(id);
        ParkedEvent row = repository.lock(id).orElseThrow();
        assertThat(row.attempts()).isEqualTo(20);
        assertThat(row.firstFailure()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(row.lastFailure()).isEqualTo(Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(row.headers()).containsEntry("ce_type", "Counted");
        assertThat(repository.countParked("consumer-a")).isEqualTo(1);
    }

    @Test
    void aResolvedRowLeavesTheCountAndTheListOfOpenOnes() throws SQLException {
        long id = repository.park(parked("consumer-b", 7, 10, Instant.now()));
        repository.resolve(id, ParkedEvent.DISCARDED, Instant.now());

        assertThat(repository.countParked("consumer-b")).isZero();
        assertThat(repository.list("consumer-b", ParkedEvent.PARKED, 10)).isEmpty();
        assertThat(repository.list("consumer-b", null, 10)).extracting(ParkedEvent::status)
                .containsExactly(ParkedEvent.DISCARDED);
    }

    @Test
    void theAuditIsAppendOnly() throws SQLException {
        long id = repository.park(parked("consumer-c", 3, 10, Instant.now()));
        repository.audit(id, ParkedEvent.DISCARDED, "ops@example.org", "test event", Instant.now());

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE parked_event_action SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM parked_event_action"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    private static ParkedEvent parked(String consumer, long offset, int attempts, Instant at) {
        return new ParkedEvent(0, consumer, "rcm.test.v1", 2, offset, "key-" + offset, UUID.randomUUID(), "Counted",
                Map.of("ce_type", "Counted", "ce_id", UUID.randomUUID().toString()), "{\"n\":1}",
                "java.lang.IllegalStateException: bug", attempts, at, at, ParkedEvent.PARKED, null);
    }

    private static String script(String resource) throws Exception {
        try (InputStream in = ParkedEventRepositoryTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
