package io.openrcm.platform.eventing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.SharedTestInfrastructure;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The inbox against the platform migration on a real PostgreSQL: one statement records a whole batch. */
class InboxRepositoryTest {

    private static InboxRepository inbox;

    @BeforeAll
    static void migrate() throws Exception {
        PGSimpleDataSource dataSource = SharedTestInfrastructure.endpoints().newDatabase("platform_inbox");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                InputStream in = InboxRepositoryTest.class.getClassLoader()
                        .getResourceAsStream("db/platform/V0_1__outbox_and_inbox.sql")) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        inbox = new InboxRepository(dataSource);
    }

    @Test
    void aBatchReturnsOnlyTheEventsNotSeenBeforeEachOnce() throws Exception {
        UUID seen = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID twiceInTheBatch = UUID.randomUUID();
        assertThat(inbox.recordFirstDelivery("consumer-a", seen)).isTrue();

        assertThat(inbox.recordFirstDeliveries("consumer-a", List.of(seen, fresh, twiceInTheBatch, twiceInTheBatch)))
                .containsExactlyInAnyOrder(fresh, twiceInTheBatch);
        assertThat(inbox.recordFirstDeliveries("consumer-a", List.of(fresh, twiceInTheBatch))).isEmpty();
        assertThat(inbox.recordFirstDelivery("consumer-a", fresh)).isFalse();
    }

    @Test
    void anotherConsumerHasItsOwnInbox() throws Exception {
        UUID id = UUID.randomUUID();
        assertThat(inbox.recordFirstDeliveries("consumer-b", List.of(id))).containsExactly(id);
        assertThat(inbox.recordFirstDeliveries("consumer-c", List.of(id))).containsExactly(id);
        assertThat(inbox.recordFirstDeliveries("consumer-c", List.of())).isEmpty();
    }
}
