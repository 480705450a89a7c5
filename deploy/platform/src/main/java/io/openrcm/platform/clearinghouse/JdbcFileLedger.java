package io.openrcm.platform.clearinghouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@link FileLedger} in table {@code clearinghouse_file} (plain JDBC, short transactions of their own). */
public final class JdbcFileLedger implements FileLedger {

    private final DataSource dataSource;

    public JdbcFileLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> status(String connectionId, String name, String sha256) {
        String sql = "SELECT status FROM clearinghouse_file WHERE connection_id = ? AND remote_name = ? AND sha256 = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, connectionId);
            ps.setString(2, name);
            ps.setString(3, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("clearinghouse_file could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void begin(InboundFile file, String kind, String takenBy, Instant at) {
        update("INSERT INTO clearinghouse_file (connection_id, remote_name, sha256, size_bytes, kind, status, taken_by,"
                + " taken_at) VALUES (?,?,?,?,?,'" + TAKING + "',?,?) ON CONFLICT (connection_id, remote_name, sha256)"
                + " DO NOTHING", ps -> {
                    ps.setString(1, file.connectionId());
                    ps.setString(2, file.name());
                    ps.setString(3, file.sha256());
                    ps.setLong(4, file.content().length);
                    ps.setString(5, kind);
                    ps.setString(6, takenBy);
                    ps.setTimestamp(7, Timestamp.from(at));
                });
    }

    @Override
    public void finish(InboundFile file, String status, String detail, Instant at) {
        update("UPDATE clearinghouse_file SET status = ?, detail = ?, finished_at = ? WHERE connection_id = ?"
                + " AND remote_name = ? AND sha256 = ?", ps -> {
                    ps.setString(1, status);
                    ps.setString(2, detail);
                    ps.setTimestamp(3, Timestamp.from(at));
                    ps.setString(4, file.connectionId());
                    ps.setString(5, file.name());
                    ps.setString(6, file.sha256());
                });
    }

    @Override
    public List<Entry> list(String status, int limit) {
        String sql = "SELECT connection_id, remote_name, sha256, size_bytes, kind, status, detail, taken_by, taken_at,"
                + " finished_at FROM clearinghouse_file WHERE (? IS NULL OR status = ?) ORDER BY taken_at DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            ps.setString(2, status);
            ps.setInt(3, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp finished = rs.getTimestamp(10);
                    entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant(), finished == null ? null : finished.toInstant()));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("clearinghouse_file could not be read: " + e.getMessage(), e);
        }
    }

    /** How many files were seen and not finished yet (the inbound backlog). */
    public long unfinished() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM clearinghouse_file WHERE status = '" + TAKING + "'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("clearinghouse_file could not be counted: " + e.getMessage(), e);
        }
    }

    /** How many files are in a status (FAILED: the work queue). */
    public long count(String status) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM clearinghouse_file WHERE status = ?")) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("clearinghouse_file could not be counted: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("clearinghouse_file could not be written: " + e.getMessage(), e);
        }
    }
}
