package io.openrcm.platform.clearinghouse;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Clearinghouse connections as reference data, in table {@code clearinghouse_connection}: the configured one is
 * upserted at start-up; an administrator reads and changes them. Key files are stored as paths only.
 */
public final class ConnectionStore {

    private static final String COLUMNS = "id, host, port, username, private_key_file, known_host_key_file,"
            + " inbound_folder, outbound_folder, archive_folder, failed_folder, poll_every_ms, enabled, file_naming";

    private final DataSource dataSource;

    public ConnectionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One copy of the service at a time runs the rounds of a connection (the copies share this database). */
    public RoundGuard roundGuard(String name) {
        return RoundGuard.advisoryLock(dataSource, "clearinghouse-round:" + name);
    }

    /** Inserts the connection or replaces the row of its id. */
    public void upsert(Connection c, Instant at) {
        String sql = "INSERT INTO clearinghouse_connection (" + COLUMNS + ", updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (id) DO UPDATE SET host = EXCLUDED.host, port = EXCLUDED.port,"
                + " username = EXCLUDED.username, private_key_file = EXCLUDED.private_key_file,"
                + " known_host_key_file = EXCLUDED.known_host_key_file, inbound_folder = EXCLUDED.inbound_folder,"
                + " outbound_folder = EXCLUDED.outbound_folder, archive_folder = EXCLUDED.archive_folder,"
                + " failed_folder = EXCLUDED.failed_folder, poll_every_ms = EXCLUDED.poll_every_ms,"
                + " enabled = EXCLUDED.enabled, file_naming = EXCLUDED.file_naming, updated_at = EXCLUDED.updated_at";
        try (java.sql.Connection db = dataSource.getConnection(); PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, c.id());
            ps.setString(2, c.host());
            ps.setInt(3, c.port());
            ps.setString(4, c.user());
            ps.setString(5, c.privateKeyFile());
            ps.setString(6, c.knownHostKeyFile());
            ps.setString(7, c.inboundFolder());
            ps.setString(8, c.outboundFolder());
            ps.setString(9, c.archiveFolder());
            ps.setString(10, c.failedFolder());
            ps.setLong(11, c.pollEvery().toMillis());
            ps.setBoolean(12, c.enabled());
            ps.setString(13, c.fileNaming());
            ps.setTimestamp(14, Timestamp.from(at));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("clearinghouse_connection could not be written: " + e.getMessage(), e);
        }
    }

    public Optional<Connection> find(String id) {
        List<Connection> found = query("SELECT " + COLUMNS + " FROM clearinghouse_connection WHERE id = ?", id);
        return found.stream().findFirst();
    }

    public List<Connection> list() {
        return query("SELECT " + COLUMNS + " FROM clearinghouse_connection ORDER BY id", null);
    }

    private List<Connection> query(String sql, String id) {
        try (java.sql.Connection db = dataSource.getConnection(); PreparedStatement ps = db.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            List<Connection> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Connection(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), Duration.ofMillis(rs.getLong(11)), rs.getBoolean(12),
                            rs.getString(13)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException("clearinghouse_connection could not be read: " + e.getMessage(), e);
        }
    }
}
