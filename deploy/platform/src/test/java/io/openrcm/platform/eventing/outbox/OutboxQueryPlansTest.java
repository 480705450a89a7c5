package io.openrcm.platform.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.TableReads;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the outbox queries that run on a timer (the parked gauge every 5 s, the backlog every 2 s, the janitor's
 * purge every 10 minutes) and the operator's listing read outbox_event through an index, not row by row; a benchmark
 * found the parked gauge's count scanning the whole table in every service.
 */
class OutboxQueryPlansTest {

    @Test
    void theTimedOutboxQueriesUseAnIndexOnAFullTable() throws Exception {
        try (Connection c = PlatformSchema.migratedDatabase("platform_plans").getConnection()) {
            c.setAutoCommit(false);
            TableReads.fillOutbox(c, 20_000);
            DataSource sameTransaction = sharing(c);
            OutboxRepository outbox = new OutboxRepository(sameTransaction);
            ParkedOutboxRepository parked = new ParkedOutboxRepository(sameTransaction);
            Instant cutoff = oldestPublishedPlusTenMinutes(c);
            long scansBefore = TableReads.sequentialScans(c, "outbox_event");
            long rowsBefore = TableReads.rowsRead(c, "outbox_event");

            long parkedRows = outbox.parked();
            long backlog = outbox.backlog();
            List<ParkedOutboxRow> listed = parked.list(500);
            int purged = outbox.purgeSentBefore(cutoff);

            assertThat(parkedRows).isEqualTo(2);
            assertThat(backlog).isEqualTo(48);
            assertThat(listed).hasSize(2);
            assertThat(purged).as("ten minutes of rows published one a second").isEqualTo(600);
            assertThat(TableReads.sequentialScans(c, "outbox_event")).as("sequential scans of outbox_event")
                    .isEqualTo(scansBefore);
            assertThat(TableReads.rowsRead(c, "outbox_event") - rowsBefore).as("rows of outbox_event read")
                    .isLessThan(1_000);
            c.rollback();
        }
    }

    /** The janitor's cutoff as it is in a service: the oldest ten minutes of the published rows are due. */
    private static Instant oldestPublishedPlusTenMinutes(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT min(sent_at) + interval '10 minutes' FROM outbox_event")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    /** A data source that hands out the one connection (and ignores its close), so each query joins its transaction. */
    private static DataSource sharing(Connection c) {
        ClassLoader loader = OutboxQueryPlansTest.class.getClassLoader();
        Connection kept = (Connection) Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class},
                (proxy, method, args) -> "close".equals(method.getName()) ? null : call(method, c, args));
        return (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            if (!"getConnection".equals(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return kept;
        });
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
