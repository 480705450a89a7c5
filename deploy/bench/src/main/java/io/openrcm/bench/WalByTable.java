package io.openrcm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each table wrote to PostgreSQL's WAL between two positions, its indexes and TOAST counted with it, read with
 * {@code pg_walinspect} (shipped with PostgreSQL; the bench creates the extension in the administrator's database,
 * which needs a superuser). It tells which tables a change must touch to write less, where the per-database row counts
 * only tell which service. The WAL must still be there: a checkpoint may have recycled it, which is then reported.
 */
final class WalByTable {

    /** One table's share: WAL records (one per page a record changes), split into heap and indexes, and bytes. */
    record Share(String table, long heapRecords, long indexRecords, long bytes, Map<String, Long> heapKinds) {

        long records() {
            return heapRecords + indexRecords;
        }
    }

    private static final String BLOCKS = "SELECT d.datname, b.relfilenode, b.record_type, count(*),"
            + " sum(coalesce(b.block_data_length, 0) + coalesce(b.block_fpi_length, 0))"
            + " FROM pg_get_wal_block_info(?::pg_lsn, ?::pg_lsn, false) b JOIN pg_database d ON d.oid = b.reldatabase"
            + " GROUP BY 1, 2, 3";
    /** Each relation's file with the table it belongs to: an index to its table, TOAST (and its index) to its owner. */
    private static final String RELATIONS = "SELECT pg_relation_filenode(c.oid), coalesce(owner.relname, base.relname),"
            + " c.relkind IN ('i', 'I') FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid"
            + " JOIN pg_class base ON base.oid = coalesce(i.indrelid, c.oid)"
            + " LEFT JOIN pg_class owner ON owner.reltoastrelid = base.oid"
            + " WHERE pg_relation_filenode(c.oid) IS NOT NULL";

    private record Blocks(String recordType, long count, long bytes) {
    }

    private record Relation(String table, boolean index) {
    }

    private final String adminUrl;
    private final String user;
    private final String password;

    WalByTable(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** The LSN text of a WAL position given in bytes (as {@link PostgresCeiling#walBytes} reads it). */
    static String lsn(long bytes) {
        return String.format("%X/%X", bytes >>> 32, bytes & 0xFFFFFFFFL);
    }

    /**
     * The tables that wrote WAL between the two positions, most records first, named {@code database.table}
     * (relations of no database, such as shared catalogs, and files not found in their database are left out).
     *
     * @throws SQLException when pg_walinspect cannot be used or the WAL is gone
     */
    List<Share> between(long fromBytes, long toBytes) throws SQLException {
        Map<String, Map<Long, List<Blocks>>> blocks = new HashMap<>();
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
            awaitFlushed(c, toBytes);
            try (PreparedStatement ps = c.prepareStatement(BLOCKS)) {
                ps.setString(1, lsn(fromBytes));
                ps.setString(2, lsn(toBytes));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        blocks.computeIfAbsent(rs.getString(1), d -> new HashMap<>())
                                .computeIfAbsent(rs.getLong(2), f -> new ArrayList<>())
                                .add(new Blocks(rs.getString(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
            }
        }
        Map<String, Share> shares = new HashMap<>();
        for (Map.Entry<String, Map<Long, List<Blocks>>> database : blocks.entrySet()) {
            Map<Long, Relation> relations = relations(database.getKey());
            database.getValue().forEach((filenode, rows) -> {
                Relation relation = relations.get(filenode);
                if (relation == null) {
                    return;
                }
                String table = database.getKey() + "." + relation.table();
                for (Blocks b : rows) {
                    Share old = shares.getOrDefault(table, new Share(table, 0, 0, 0, Map.of()));
                    Map<String, Long> kinds = new LinkedHashMap<>(old.heapKinds());
                    if (!relation.index()) {
                        kinds.merge(b.recordType(), b.count(), Long::sum);
                    }
                    shares.put(table, new Share(table, old.heapRecords() + (relation.index() ? 0 : b.count()),
                            old.indexRecords() + (relation.index() ? b.count() : 0), old.bytes() + b.bytes(), kinds));
                }
            });
        }
        return shares.values().stream().sorted(Comparator.comparingLong(Share::records).reversed()
                .thenComparing(Share::table)).toList();
    }

    /**
     * Waits (up to 10 s) until the WAL up to the position is flushed: pg_walinspect reads no further, and a server that
     * commits asynchronously flushes within a fraction of a second.
     */
    private static void awaitFlushed(Connection c, long toBytes) throws SQLException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_current_wal_flush_lsn() >= ?::pg_lsn")) {
            ps.setString(1, lsn(toBytes));
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1) || System.nanoTime() > deadline) {
                        return;
                    }
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Map<Long, Relation> relations(String database) throws SQLException {
        Map<Long, Relation> relations = new HashMap<>();
        String url = PostgresCeiling.databaseUrl(adminUrl, database);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(RELATIONS)) {
            while (rs.next()) {
                relations.put(rs.getLong(1), new Relation(rs.getString(2), rs.getBoolean(3)));
            }
        }
        return relations;
    }
}
