package io.openrcm.code.persistence.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Loads the edit tables from the CMS file layouts (tab separated or CSV; title and header lines are skipped): NCCI
 * PTP (column 1, column 2, prior-to-1996 flag, effective date, deletion date, modifier indicator, rationale), MUE
 * (code, MUE value, adjudication indicator, rationale), add-on codes (add-on code, primary code, edit type), and
 * the project's own Excludes1 (code a, code b, note), synonym (term, expansion) and clinical abbreviation
 * (abbreviation, expansion) tables. Rows are upserted.
 */
public final class EditTableLoader {

    private static final Pattern PROCEDURE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");

    private final Connection connection;

    public EditTableLoader(Connection connection) {
        this.connection = connection;
    }

    /** Loads a file into the named table (ptp, mue, add-on, excludes1, synonyms); returns the rows read. */
    public int load(String table, String source, byte[] file) throws SQLException, IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : CodeSetFiles.lines(file, StandardCharsets.UTF_8)) {
            String[] f = fields(line);
            if (f.length >= 2 && accepts(table, f)) {
                rows.add(f);
            }
        }
        String insert = switch (table) {
            case "ptp" -> "INSERT INTO ncci_ptp_edit SELECT DISTINCT ON (c1, c2, to_date(c4, 'YYYYMMDD')) c1, c2, "
                    + "c3 = '*', to_date(c4, 'YYYYMMDD'), CASE WHEN c5 ~ '^[0-9]{8}$' THEN to_date(c5, 'YYYYMMDD') END, "
                    + "left(c6, 1), left(coalesce(c7, ''), 200), :src FROM edit_stage "
                    + "ON CONFLICT (column1, column2, effective_date) DO UPDATE SET deletion_date = "
                    + "EXCLUDED.deletion_date, modifier_indicator = EXCLUDED.modifier_indicator, "
                    + "rationale = EXCLUDED.rationale, source = EXCLUDED.source";
            case "mue" -> "INSERT INTO ncci_mue SELECT DISTINCT ON (c1) c1, c2::int, left(c3, 1), "
                    + "left(coalesce(c4, ''), 200), :src FROM edit_stage ON CONFLICT (code) DO UPDATE SET mue_value = "
                    + "EXCLUDED.mue_value, adjudication_indicator = EXCLUDED.adjudication_indicator, "
                    + "rationale = EXCLUDED.rationale, source = EXCLUDED.source";
            case "add-on" -> "INSERT INTO ncci_add_on SELECT DISTINCT ON (c1, c2) c1, c2, left(c3, 1), :src "
                    + "FROM edit_stage ON CONFLICT (add_on_code, primary_code) DO UPDATE SET edit_type = "
                    + "EXCLUDED.edit_type, source = EXCLUDED.source";
            case "excludes1" -> "INSERT INTO icd_excludes1 SELECT DISTINCT ON (c1, c2) upper(replace(c1, '.', '')), "
                    + "upper(replace(c2, '.', '')), left(coalesce(c3, ''), 200), :src FROM edit_stage "
                    + "ON CONFLICT (code_a, code_b) DO UPDATE SET note = EXCLUDED.note, source = EXCLUDED.source";
            case "synonyms" -> "INSERT INTO coding_synonym SELECT DISTINCT ON (lower(c1)) lower(c1), lower(c2), :src "
                    + "FROM edit_stage ON CONFLICT (term) DO UPDATE SET expansion = EXCLUDED.expansion, "
                    + "source = EXCLUDED.source";
            case "abbreviations" -> "INSERT INTO clinical_abbreviation SELECT DISTINCT ON (lower(c1)) lower(c1), "
                    + "lower(c2), :src FROM edit_stage ON CONFLICT (abbreviation) DO UPDATE SET expansion = "
                    + "EXCLUDED.expansion, source = EXCLUDED.source";
            default -> throw new IllegalArgumentException("Unknown edit table " + table);
        };
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TEMP TABLE edit_stage (c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT, c6 TEXT, "
                    + "c7 TEXT) ON COMMIT DROP");
            StringBuilder data = new StringBuilder();
            for (String[] f : rows) {
                for (int i = 0; i < 7; i++) {
                    data.append(i > 0 ? "\t" : "").append(i < f.length && !f[i].isEmpty()
                            ? f[i].replace("\\", "\\\\").replace("\t", " ") : "\\N");
                }
                data.append('\n');
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY edit_stage FROM STDIN",
                    new StringReader(data.toString()));
            st.executeUpdate(insert.replace(":src", "'" + source.replace("'", "''") + "'"));
            connection.commit();
            return rows.size();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    private static boolean accepts(String table, String[] f) {
        return switch (table) {
            case "ptp" -> f.length >= 6 && PROCEDURE.matcher(f[0]).matches() && PROCEDURE.matcher(f[1]).matches()
                    && f[3].matches("[0-9]{8}") && f[5].matches("[019].*");
            case "mue" -> f.length >= 3 && PROCEDURE.matcher(f[0]).matches() && f[1].matches("[0-9]+")
                    && f[2].matches("[123].*");
            case "add-on" -> f.length >= 3 && PROCEDURE.matcher(f[0]).matches() && PROCEDURE.matcher(f[1]).matches()
                    && f[2].matches("[123]");
            case "excludes1" -> f[0].matches("[A-Za-z][0-9][0-9A-Za-z.]{1,6}")
                    && f[1].matches("[A-Za-z][0-9][0-9A-Za-z.]{1,6}");
            case "synonyms" -> !f[0].isBlank() && !f[1].isBlank() && !"term".equalsIgnoreCase(f[0]);
            case "abbreviations" -> !f[0].isBlank() && !f[1].isBlank() && !"abbreviation".equalsIgnoreCase(f[0]);
            default -> false;
        };
    }

    static String[] fields(String line) {
        if (line.indexOf('\t') >= 0) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unquote(f[i]);
            }
            return f;
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out.toArray(String[]::new);
    }

    private static String unquote(String s) {
        String v = s.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
