package io.openrcm.code.persistence.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The version rows a loader keeps per file ({@code code_set_version} by system, {@code icd_book_version} by book):
 * one row per label, found again by the file's checksum, so the same file is taken once and a label never changes its
 * file. Both tables have the same columns apart from the key's name.
 */
final class VersionTable {

    /** A version already loaded from the same file. */
    record Loaded(long id, String label, int rowCount) {
    }

    private final Connection connection;
    private final String table;
    private final String keyColumn;

    // table and keyColumn are constants of the loaders, never input: safe to place in the SQL.
    VersionTable(Connection connection, String table, String keyColumn) {
        this.connection = connection;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** The version loaded from the file with this checksum, if any. */
    Optional<Loaded> withChecksum(String key, String checksum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, label, row_count FROM " + table
                + " WHERE " + keyColumn + " = ? AND checksum = ?")) {
            ps.setString(1, key);
            ps.setString(2, checksum);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Loaded(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                        : Optional.empty();
            }
        }
    }

    /** The id of the version under this label, if it is loaded. */
    OptionalLong id(String key, String label) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM " + table + " WHERE " + keyColumn
                + " = ? AND label = ?")) {
            ps.setString(1, key);
            ps.setString(2, label);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Inserts the version with no rows yet; empty when another file already holds the label. */
    OptionalLong insert(String key, String label, LocalDate from, LocalDate to, String sourceFile, String checksum)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table + " (" + keyColumn + ", label, "
                + "effective_from, effective_to, source_file, checksum, row_count) VALUES (?, ?, ?, ?, ?, ?, 0) "
                + "ON CONFLICT (" + keyColumn + ", label) DO NOTHING RETURNING id")) {
            ps.setString(1, key);
            ps.setString(2, label);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, to == null ? null : Date.valueOf(to));
            ps.setString(5, sourceFile.length() > 200 ? sourceFile.substring(0, 200) : sourceFile);
            ps.setString(6, checksum);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Records how many rows the version holds, once they are in. */
    void rowCount(long id, int rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + table + " SET row_count = ? WHERE id = ?")) {
            ps.setInt(1, rows);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }
}
