package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts the bench prints per phase beside the CPU figures (rows written per database, WAL bytes) follow what a
 * database really writes: a real PostgreSQL, the stack's own.
 */
class PostgresWritesTest {

    @TempDir
    static Path repo;
    static Stack stack;

    @BeforeAll
    static void startPostgres() {
        stack = Stack.start(StackOptions.builder(repo).dataDir(Path.of("data")).services(List.of()).kafkaPort(0)
                .postgresPort(0).build());
    }

    @AfterAll
    static void stopPostgres() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void rowsWrittenAndWalFollowWhatADatabaseWrites() throws Exception {
        String url = stack.jdbcUrl("postgres");
        PostgresCeiling postgres = new PostgresCeiling(url, stack.postgresUsername(), stack.postgresPassword());
        Map<String, Long> rowsBefore = postgres.rowsWrittenByDatabase();
        long walBefore = postgres.walBytes();

        try (Connection c = DriverManager.getConnection(url, stack.postgresUsername(), stack.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_writes_probe (n int, padding text)");
            s.execute("INSERT INTO bench_writes_probe SELECT n, repeat('x', 200) FROM generate_series(1, 1000) n");
            s.execute("UPDATE bench_writes_probe SET n = -n WHERE n <= 100");
            s.execute("DELETE FROM bench_writes_probe WHERE n > 950");
        }
        // A backend hands its counts to the statistics when it exits (and at most a second after a transaction).
        long deadline = System.nanoTime() + 15_000_000_000L;
        long written = 0;
        while (System.nanoTime() < deadline) {
            written = Bench.delta(rowsBefore, postgres.rowsWrittenByDatabase()).getOrDefault("postgres", 0L);
            if (written >= 1150) {
                break;
            }
            Thread.sleep(100);
        }

        // 1,000 inserted, 100 updated, 50 deleted; the catalog rows of CREATE TABLE come on top.
        assertThat(written).isBetween(1150L, 1400L);
        // 1,000 rows of over 200 bytes cannot go into less than 200 KB of WAL.
        assertThat(postgres.walBytes() - walBefore).isGreaterThan(200_000L);
        assertThat(walBefore).isPositive();
    }

    @Test
    void walByTableCountsATablesHeapAndIndexRecordsInTheirDatabase() throws Exception {
        String url = stack.jdbcUrl("postgres");
        PostgresCeiling postgres = new PostgresCeiling(url, stack.postgresUsername(), stack.postgresPassword());
        try (Connection c = DriverManager.getConnection(url, stack.postgresUsername(), stack.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_wal_probe (n int PRIMARY KEY, k int, padding text)");
            s.execute("CREATE INDEX bench_wal_probe_k ON bench_wal_probe (k)");
        }
        long from = postgres.walBytes();

        try (Connection c = DriverManager.getConnection(url, stack.postgresUsername(), stack.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO bench_wal_probe SELECT n, n, repeat('x', 200) FROM generate_series(1, 1000) n");
            // An indexed column changes: not a HOT update, so each writes a heap record and an entry in both indexes.
            s.execute("UPDATE bench_wal_probe SET k = -k WHERE n <= 100");
            s.execute("DELETE FROM bench_wal_probe WHERE n > 950");
        }
        List<WalByTable.Share> shares = postgres.walByTable().between(from, postgres.walBytes());

        WalByTable.Share probe = shares.stream().filter(t -> t.table().equals("postgres.bench_wal_probe"))
                .findFirst().orElseThrow();
        assertThat(probe.heapKinds()).as("heap records by kind").containsKeys("INSERT", "DELETE")
                .hasEntrySatisfying("DELETE", n -> assertThat(n).isEqualTo(50L));
        // 1,000 inserts, 100 updates, 50 deletes; an update that moves its row to another page changes two pages.
        assertThat(probe.heapRecords()).as("heap records").isBetween(1150L, 1400L);
        // Two indexes: 1,000 entries each for the inserts, 100 more each for the updates (deletes add none).
        assertThat(probe.indexRecords()).isBetween(2200L, 2500L);
        assertThat(probe.bytes()).as("1,000 rows of over 200 bytes").isGreaterThan(200_000L);
        assertThat(shares).as("most records first").isSortedAccordingTo(
                java.util.Comparator.comparingLong(WalByTable.Share::records).reversed()
                        .thenComparing(WalByTable.Share::table));
    }
}
