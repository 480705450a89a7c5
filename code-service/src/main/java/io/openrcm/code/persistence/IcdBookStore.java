package io.openrcm.code.persistence;

import io.openrcm.code.domain.icd.IndexBook;
import io.openrcm.code.domain.icd.TabularList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reads the loaded ICD-10-CM books (plain JDBC: tens of thousands of rows are read once per version). */
@ApplicationScoped
public class IcdBookStore {

    private final DataSource dataSource;

    @Inject
    public IcdBookStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One loaded book version. */
    public record BookVersion(long id, String book, String label, LocalDate from, LocalDate to) {

        /** Whether its period covers the date. */
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    /** Every loaded book version. */
    public List<BookVersion> versions() {
        List<BookVersion> out = new ArrayList<>();
        query("SELECT id, book, label, effective_from, effective_to FROM icd_book_version ORDER BY effective_from",
                -1, rs -> out.add(new BookVersion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate())));
        return out;
    }

    /** The Tabular List of a version. */
    public TabularList tabular(long versionId) {
        List<TabularList.Node> nodes = new ArrayList<>();
        query("SELECT seq, parent_seq, kind, code, range_from, range_to, title FROM icd_tabular_node "
                + "WHERE version_id = ? ORDER BY seq", versionId, rs -> nodes.add(new TabularList.Node(rs.getInt(1),
                        rs.getInt(2), rs.getString(3).charAt(0), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), Map.of())));
        List<TabularList.NoteRow> notes = new ArrayList<>();
        query("SELECT node_seq, note_type, text FROM icd_tabular_note WHERE version_id = ? "
                + "ORDER BY node_seq, note_type, ordinal", versionId, rs -> notes.add(new TabularList.NoteRow(
                        rs.getInt(1), rs.getString(2), rs.getString(3))));
        return new TabularList(nodes, notes);
    }

    /** An index book of a version, with its table cells. */
    public IndexBook index(long versionId) {
        Map<Integer, Map<Integer, String>> cells = new HashMap<>();
        query("SELECT term_seq, col, code FROM icd_index_cell WHERE version_id = ?", versionId,
                rs -> cells.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>()).put(rs.getInt(2),
                        rs.getString(3)));
        List<IndexBook.Entry> entries = new ArrayList<>();
        query("SELECT seq, parent_seq, level, title, nemod, code, manif, see, see_also FROM icd_index_term "
                + "WHERE version_id = ? ORDER BY seq", versionId, rs -> entries.add(new IndexBook.Entry(rs.getInt(1),
                        rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), cells.getOrDefault(rs.getInt(1),
                        Map.of()))));
        return new IndexBook(entries);
    }

    /** The clinical abbreviation table. */
    public Map<String, String> abbreviations() {
        Map<String, String> out = new LinkedHashMap<>();
        query("SELECT abbreviation, expansion FROM clinical_abbreviation", -1, rs -> out.put(rs.getString(1),
                rs.getString(2)));
        return out;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, long id, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (id >= 0) {
                ps.setLong(1, id);
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the ICD-10-CM books failed", e);
        }
    }
}
