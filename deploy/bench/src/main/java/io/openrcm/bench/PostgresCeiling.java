package io.openrcm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PostgreSQL ceiling: single-row transactions (one INSERT of a uuid key and a 1 KB jsonb payload, like an outbox
 * or inbox row, then COMMIT) from several connections for a few seconds, on the services' server, in a scratch
 * database of its own that is left empty afterwards.
 */
final class PostgresCeiling {

    static final String DATABASE = "rcm_bench_scratch";

    private final String adminUrl;
    private final String user;
    private final String password;

    PostgresCeiling(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** Commits per second over the given time with the given connections. */
    double commitsPerSecond(int threads, int seconds) throws SQLException, InterruptedException {
        String url = scratchUrl();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ceiling");
            s.execute("CREATE TABLE ceiling (id uuid PRIMARY KEY, aggregate_id uuid NOT NULL, payload jsonb NOT NULL,"
                    + " created_at timestamptz NOT NULL DEFAULT now())");
        }
        String payload = "{\"pad\":\"" + "x".repeat(1000) + "\"}";
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        List<SQLException> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                     PreparedStatement insert = c.prepareStatement(
                             "INSERT INTO ceiling (id, aggregate_id, payload) VALUES (?, ?, ?::jsonb)")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < deadline) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, UUID.randomUUID());
                        insert.setString(3, payload);
                        insert.executeUpdate();
                        c.commit();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "rcm-bench-pg-" + i);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ceiling");
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return commits.get() / elapsed;
    }

    /** The scratch database's URL, creating the database when it is missing. */
    private String scratchUrl() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        return databaseUrl(adminUrl, DATABASE);
    }

    /** The JDBC URL of another database on the same server, with the same parameters. */
    static String databaseUrl(String url, String database) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    /** Commits so far per database of the server (pg_stat_database), to count the commits the pipeline made. */
    Map<String, Long> commitsByDatabase() {
        return byDatabase("xact_commit", "commit counts");
    }

    /**
     * Rows written so far per database (inserted + updated + deleted, pg_stat_database): counts, not times, so they
     * compare across runs on a host that was slower or faster.
     */
    Map<String, Long> rowsWrittenByDatabase() {
        return byDatabase("tup_inserted + tup_updated + tup_deleted", "row counts");
    }

    /** Bytes of WAL the server has generated so far (its insert position); -1 when they could not be read. */
    long walBytes() {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            System.out.println("  note: PostgreSQL WAL position not read (" + e.getMessage() + ")");
            return -1;
        }
    }

    /** What each table wrote to the WAL between two positions, read on this server as its administrator. */
    WalByTable walByTable() {
        return new WalByTable(adminUrl, user, password);
    }

    private Map<String, Long> byDatabase(String counter, String what) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT datname, " + counter + " FROM pg_stat_database WHERE datname IS NOT NULL")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            // A chaos run may stop PostgreSQL at this very moment: the counts are figures, not a verdict.
            System.out.println("  note: PostgreSQL " + what + " not read (" + e.getMessage() + ")");
        }
        return counts;
    }
}
