package io.openrcm.code.persistence.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Loads a code set file as a new version: parsed rows go to a temporary staging table with PostgreSQL COPY, then
 * into {@code code_entry} in one INSERT ... SELECT, in one transaction. The same file again (same SHA-256) changes
 * nothing. Plain JDBC, so the REST endpoint and the command line share it.
 */
public final class CodeSetLoader {

    private final Connection connection;
    private final VersionTable versions;

    public CodeSetLoader(Connection connection) {
        this.connection = connection;
        this.versions = new VersionTable(connection, "code_set_version", "system");
    }

    /** What a load did. */
    public record Result(long versionId, String system, String label, int rows, boolean unchanged, long millis) {
    }

    /** Thrown when a label is reused for a different file or a base version is missing. */
    public static final class ConflictException extends RuntimeException {
        public ConflictException(String message) {
            super(message);
        }
    }

    /** Loads a full code set file (format by system) as version {@code label} for the period given. */
    public Result load(String system, String label, LocalDate from, LocalDate to, String sourceFile, byte[] file)
            throws SQLException, IOException {
        long start = System.nanoTime();
        String checksum = sha256(file);
        Result same = unchanged(system, checksum, start);
        if (same != null) {
            return same;
        }
        List<CodeRow> rows = switch (system) {
            case "ICD10CM" -> CodeSetFiles.icd10cmOrder(file);
            case "HCPCS" -> CodeSetFiles.hcpcs(file);
            case "CPT" -> CodeSetFiles.cptCsv(file);
            default -> throw new IllegalArgumentException("Unknown code system " + system);
        };
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file holds no " + system + " codes in a known layout");
        }
        return inTransaction(() -> {
            long id = newVersion(system, label, from, to, sourceFile, checksum);
            stage(rows);
            int inserted = update("INSERT INTO code_entry (version_id, code, short_title, long_title, billable, "
                    + "effective_from, effective_to) SELECT DISTINCT ON (code) " + id + ", code, short_title, "
                    + "long_title, billable, effective_from, effective_to FROM code_stage ORDER BY code");
            update("UPDATE code_set_version SET row_count = " + inserted + " WHERE id = " + id);
            return new Result(id, system, label, inserted, false, (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** Applies ICD-10-CM order addenda to the base version, making version {@code label}. */
    public Result loadAddenda(String label, String baseLabel, LocalDate from, LocalDate to, String sourceFile,
            byte[] file) throws SQLException, IOException {
        long start = System.nanoTime();
        String checksum = sha256(file);
        Result same = unchanged("ICD10CM", checksum, start);
        if (same != null) {
            return same;
        }
        List<CodeRow> rows = CodeSetFiles.icd10cmOrderAddenda(file);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file holds no ICD-10-CM addenda lines");
        }
        return inTransaction(() -> {
            long base = versionId("ICD10CM", baseLabel);
            long id = newVersion("ICD10CM", label, from, to, sourceFile, checksum);
            update("INSERT INTO code_entry (version_id, code, short_title, long_title, billable) SELECT " + id
                    + ", code, short_title, long_title, billable FROM code_entry WHERE version_id = " + base);
            stage(rows);
            update("DELETE FROM code_entry WHERE version_id = " + id
                    + " AND code IN (SELECT code FROM code_stage WHERE action = 'D')");
            update("INSERT INTO code_entry (version_id, code, short_title, long_title, billable) SELECT DISTINCT ON "
                    + "(code) " + id + ", code, short_title, long_title, billable FROM code_stage WHERE action IN "
                    + "('A', 'R') ORDER BY code, action ON CONFLICT (version_id, code) DO UPDATE SET "
                    + "short_title = EXCLUDED.short_title, long_title = EXCLUDED.long_title, "
                    + "billable = EXCLUDED.billable");
            int count = count("SELECT count(*) FROM code_entry WHERE version_id = " + id);
            update("UPDATE code_set_version SET row_count = " + count + " WHERE id = " + id);
            return new Result(id, "ICD10CM", label, count, false, (System.nanoTime() - start) / 1_000_000);
        });
    }

    private Result unchanged(String system, String checksum, long start) throws SQLException {
        return versions.withChecksum(system, checksum).map(v -> new Result(v.id(), system, v.label(), v.rowCount(),
                true, (System.nanoTime() - start) / 1_000_000)).orElse(null);
    }

    private long newVersion(String system, String label, LocalDate from, LocalDate to, String sourceFile,
            String checksum) throws SQLException {
        return versions.insert(system, label, from, to, sourceFile, checksum).orElseThrow(() -> new ConflictException(
                system + " version " + label + " was loaded from another file; load this one under a new version label"));
    }

    private long versionId(String system, String label) throws SQLException {
        return versions.id(system, label).orElseThrow(() -> new ConflictException(
                "Base version " + system + " " + label + " is not loaded"));
    }

    private void stage(List<CodeRow> rows) throws SQLException, IOException {
        update("CREATE TEMP TABLE code_stage (action CHAR(1), code VARCHAR(7), short_title TEXT, long_title TEXT, "
                + "billable BOOLEAN, effective_from DATE, effective_to DATE) ON COMMIT DROP");
        StringBuilder data = new StringBuilder(rows.size() * 120);
        for (CodeRow r : rows) {
            data.append(r.action() == null ? "\\N" : r.action()).append('\t').append(esc(r.code())).append('\t')
                    .append(esc(trim(r.shortTitle(), 300))).append('\t').append(esc(trim(r.longTitle(), 500)))
                    .append('\t').append(r.billable() ? 't' : 'f').append('\t')
                    .append(r.effectiveFrom() == null ? "\\N" : r.effectiveFrom().toString()).append('\t')
                    .append(r.effectiveTo() == null ? "\\N" : r.effectiveTo().toString()).append('\n');
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY code_stage FROM STDIN",
                new StringReader(data.toString()));
    }

    private static String trim(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    private int update(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException, IOException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
