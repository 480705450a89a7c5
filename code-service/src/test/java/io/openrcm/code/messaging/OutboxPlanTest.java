package io.openrcm.code.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.platform.eventing.outbox.OutboxRepository;
import io.openrcm.platform.eventing.outbox.ParkedOutboxRepository;
import io.openrcm.testsupport.OutboxPlans;
import io.quarkus.test.TestTransaction;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: in this service's database, on an outbox of thousands of rows, the parked gauge (every 5 s), the backlog
 * gauge and the operator's parked listing read outbox_event through an index; a benchmark found the parked gauge
 * scanning the whole table. The rows are filled in the test's transaction, which is rolled back.
 */
@CodeServiceTest
class OutboxPlanTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxRepository outbox;
    @Inject
    ParkedOutboxRepository parkedOutbox;

    @Test
    @TestTransaction
    void theOutboxGaugesAndListingReadThroughAnIndex() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            OutboxPlans.Reads reads = OutboxPlans.readsOfTimedQueries(c, outbox, parkedOutbox);
            assertThat(reads.sequentialScans()).as("sequential scans of outbox_event").isZero();
            assertThat(reads.rowsRead()).as("rows of outbox_event read, of 20,000").isLessThan(1_000);
        }
    }
}
