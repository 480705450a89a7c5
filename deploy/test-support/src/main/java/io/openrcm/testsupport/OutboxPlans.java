package io.openrcm.testsupport;

import io.openrcm.infra.SequentialScans;
import io.openrcm.platform.eventing.outbox.OutboxRepository;
import io.openrcm.platform.eventing.outbox.ParkedOutboxRepository;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The outbox queries a service runs on a timer, checked in the service's own database: the parked gauge (every 5 s),
 * the backlog gauge (every 2 s) and the operator's parked listing must not read outbox_event row by row.
 */
public final class OutboxPlans {

    private static final int ROWS = 20_000;

    private OutboxPlans() {
    }

    /**
     * Fills {@code outbox_event} in the connection's transaction (see {@link SequentialScans#fillOutbox}), runs the
     * timed queries through the service's repositories, which must use that same transaction (a JTA transaction the
     * test rolls back), and returns the sequential scans of {@code outbox_event} they made.
     */
    public static long sequentialScansOfTimedQueries(Connection c, OutboxRepository outbox,
            ParkedOutboxRepository parkedOutbox) throws SQLException {
        long parkedBefore = outbox.parked();
        SequentialScans.fillOutbox(c, ROWS);
        long before = SequentialScans.of(c, "outbox_event");
        long parked = outbox.parked();
        outbox.backlog();
        int listed = parkedOutbox.list(500).size();
        if (parked != parkedBefore + 2 || listed != parked) {
            throw new AssertionError("the repositories did not see the filled rows: " + parked + " parked ("
                    + parkedBefore + " before), " + listed + " listed; do they share the test's transaction?");
        }
        return SequentialScans.of(c, "outbox_event") - before;
    }
}
