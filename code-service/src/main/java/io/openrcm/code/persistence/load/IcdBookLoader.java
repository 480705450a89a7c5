package io.openrcm.code.persistence.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;

/**
 * Loads one CDC ICD-10-CM XML book (Tabular, Index, External Cause Index, Neoplasm or Drug table) as a version with
 * an effective period, in one transaction: StAX-parsed rows go in with set-based inserts ({@code unnest} over arrays,
 * {@value #CHUNK} rows a statement). The same file again (same SHA-256) changes nothing; the same label with another
 * file is a conflict. Plain JDBC, so the REST endpoint and the command line share it.
 */
public final class IcdBookLoader {

    /** The books, as the XML files the CDC publishes. */
    public enum Book {
        TABULAR, INDEX, EINDEX, NEOPLASM, DRUG;

        /** The book named in a path or option (tabular, index, eindex, neoplasm, drug). */
        public static Book of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    static final int CHUNK = 5000;

    private final Connection connection;
    private final VersionTable versions;

    public IcdBookLoader(Connection connection) {
        this.connection = connection;
        this.versions = new VersionTable(connection, "icd_book_version", "book");
    }

    /** What a load did. */
    public record Result(long versionId, Book book, String label, int rows, boolean unchanged, long millis) {
    }

    /** Loads the file as version {@code label} of the book for the period given. */
    public Result load(Book book, String label, LocalDate from, LocalDate to, String sourceFile, byte[] file)
            throws SQLException, IOException {
        long start = System.nanoTime();
        byte[] plain = CodeSetFiles.plain(file);
        String checksum = CodeSetLoader.sha256(plain);
        Result same = unchanged(book, checksum, start);
        if (same != null) {
            return same;
        }
        refuseAnotherFile(book, label);
        IcdBookRows rows;
        try {
            rows = book == Book.TABULAR ? TabularXmlReader.read(new ByteArrayInputStream(plain))
                    : IndexXmlReader.read(new ByteArrayInputStream(plain));
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Unreadable XML at line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNumber()) + ": the file is no ICD-10-CM " + book.name().toLowerCase(
                    Locale.ROOT) + " book");
        }
        if (book != Book.TABULAR && (book == Book.NEOPLASM || book == Book.DRUG) != !rows.cells().isEmpty()) {
            throw new IllegalArgumentException("The file does not fit the " + book + " book: the Neoplasm and Drug "
                    + "tables have cells by column, the indexes have none");
        }
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long id = newVersion(book, label, from, to, sourceFile, checksum);
            insert("INSERT INTO icd_tabular_node SELECT " + id + ", * FROM unnest(?::int[], ?::int[], ?::char[], "
                    + "?::varchar[], ?::varchar[], ?::varchar[], ?::text[])", rows.nodes(), List.of(
                    IcdBookRows.Node::seq, IcdBookRows.Node::parentSeq, n -> String.valueOf(n.kind()),
                    IcdBookRows.Node::code, IcdBookRows.Node::rangeFrom, IcdBookRows.Node::rangeTo,
                    IcdBookRows.Node::title), "int,int,char,varchar,varchar,varchar,text");
            insert("INSERT INTO icd_tabular_note SELECT " + id + ", * FROM unnest(?::int[], ?::varchar[], ?::int[], "
                    + "?::text[])", rows.notes(), List.of(IcdBookRows.Note::nodeSeq, IcdBookRows.Note::type,
                    IcdBookRows.Note::ordinal, IcdBookRows.Note::text), "int,varchar,int,text");
            insert("INSERT INTO icd_index_term SELECT " + id + ", * FROM unnest(?::int[], ?::int[], ?::smallint[], "
                    + "?::text[], ?::text[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])", rows.terms(),
                    List.of(IcdBookRows.Term::seq, IcdBookRows.Term::parentSeq, IcdBookRows.Term::level,
                            IcdBookRows.Term::title, IcdBookRows.Term::nemod, IcdBookRows.Term::code,
                            IcdBookRows.Term::manif, IcdBookRows.Term::see, IcdBookRows.Term::seeAlso),
                    "int,int,smallint,text,text,varchar,varchar,text,text");
            insert("INSERT INTO icd_index_cell SELECT " + id + ", * FROM unnest(?::int[], ?::smallint[], "
                    + "?::varchar[])", rows.cells(), List.of(IcdBookRows.Cell::termSeq, IcdBookRows.Cell::col,
                    IcdBookRows.Cell::code), "int,smallint,varchar");
            versions.rowCount(id, rows.size());
            connection.commit();
            return new Result(id, book, label, rows.size(), false, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    private <T> void insert(String sql, List<T> rows, List<Function<T, Object>> columns, String types)
            throws SQLException {
        String[] type = types.split(",");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                for (int c = 0; c < columns.size(); c++) {
                    Function<T, Object> column = columns.get(c);
                    Object[] values = chunk.stream().map(column).map(v -> v == null ? null : v instanceof Number
                            ? v : v.toString()).toArray();
                    String sqlType = switch (type[c]) {
                        case "int", "smallint" -> "int4";
                        case "char" -> "varchar";
                        default -> type[c];
                    };
                    ps.setArray(c + 1, connection.createArrayOf(sqlType, values));
                }
                ps.executeUpdate();
            }
        }
    }

    // Checked before the file is parsed: a label taken by another file is a conflict whatever this file holds.
    private void refuseAnotherFile(Book book, String label) throws SQLException {
        if (versions.id(book.name(), label).isPresent()) {
            throw conflict(book, label);
        }
    }

    private static CodeSetLoader.ConflictException conflict(Book book, String label) {
        return new CodeSetLoader.ConflictException("ICD-10-CM " + book.name().toLowerCase(Locale.ROOT) + " version "
                + label + " was loaded from another file; load this one under a new version label");
    }

    private Result unchanged(Book book, String checksum, long start) throws SQLException {
        return versions.withChecksum(book.name(), checksum).map(v -> new Result(v.id(), book, v.label(), v.rowCount(),
                true, (System.nanoTime() - start) / 1_000_000)).orElse(null);
    }

    private long newVersion(Book book, String label, LocalDate from, LocalDate to, String sourceFile,
            String checksum) throws SQLException {
        return versions.insert(book.name(), label, from, to, sourceFile, checksum)
                .orElseThrow(() -> conflict(book, label));
    }
}
