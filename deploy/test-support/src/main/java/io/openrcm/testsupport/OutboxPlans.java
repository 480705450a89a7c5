package io.openrcm.testsupport;

import io.openrcm.infra.TableReads;
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
     * Fills {@code outbox_event} with 20,000 rows in the connection's transaction (see {@link TableReads#fillOutbox}),
     * runs the timed queries through the service's repositories, which must use that same transaction (a JTA
     * transaction the test rolls back), and tells how they read {@code outbox_event}. The service's role may not
     * ANALYZE the table (PostgreSQL skips it with a warning), so the planner keeps the statistics of the committed
     * rows; the partial indexes hold only the parked and unsent rows and must be chosen either way.
     */
    public static Reads readsOfTimedQueries(Connection c, OutboxRepository outbox,
            ParkedOutboxRepository parkedOutbox) throws SQLException {
        long parkedBefore = outbox.parked();
        TableReads.fillOutbox(c, ROWS);
        long scansBefore = TableReads.sequentialScans(c, "outbox_event");
        long rowsBefore = TableReads.rowsRead(c, "outbox_event");
        long parked = outbox.parked();
        outbox.backlog();
        int listed = parkedOutbox.list(500).size();
        if (parked != parkedBefore + 2 || listed != parked) {
            throw new AssertionError("the repositories did not see the filled rows: " + parked + " parked ("
                    + parkedBefore + " before), " + listed + " listed; do they share the test's transaction?");
        }
        return new Reads(TableReads.sequentialScans(c, "outbox_event") - scansBefore,
                TableReads.rowsRead(c, "outbox_event") - rowsBefore);
    }

    /**
     * How the timed queries read outbox_event.
     *
     * @param sequentialScans sequential scans they made: none when each query found an index
     * @param rowsRead rows they read: a few when the indexes held only the parked and unsent rows
     */
    public record Reads(long sequentialScans, long rowsRead) {
    }
}
