package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeTitle;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Type-ahead search in one code set version: by code prefix (B-tree on version and code) and by words (full-text
 * GIN index, each word as a prefix), ranked by code prefix first, then full-text rank plus trigram similarity.
 */
@ApplicationScoped
public class CodeSearch {

    /** A letter alone, or a letter, a digit and more: typed as a code rather than as words. */
    private static final Pattern CODE_PREFIX =
            Pattern.compile("[A-Z]|[A-Z][0-9][0-9A-Z]{0,5}|[0-9]{1,4}[0-9A-Z]?");
    static final int MATCHES = 1000;

    private static final String SELECT = "SELECT code, short_title, long_title, billable FROM code_entry";

    private final Sql sql;

    @Inject
    public CodeSearch(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** One code of a version. */
    public List<CodeTitle> find(long versionId, String code) {
        return sql.list(SELECT + " WHERE version_id = ? AND code = ?", row -> row.bigint(versionId).string(code),
                CodeSearch::title);
    }

    /** Every code of a version, for the in-memory type-ahead. */
    public List<CodeTitle> all(long versionId) {
        return sql.list(SELECT + " WHERE version_id = ?", row -> row.bigint(versionId),
                CodeSearch::title);
    }

    /** Up to limit codes for the query, best first, over any connection (the benchmark's, against the type-ahead). */
    public static List<CodeTitle> search(SqlRows sql, long versionId, String query, int limit) {
        String q = query.strip();
        String prefix = q.toUpperCase(Locale.ROOT).replace(".", "");
        if (CODE_PREFIX.matcher(prefix).matches()) {
            // Code order is the index order, so the scan stops after limit rows however many codes match.
            List<Object[]> rows = sql.rows("SELECT code, short_title, long_title, billable FROM code_entry "
                    + "WHERE version_id = ? AND code LIKE ? ORDER BY code LIMIT ?", versionId, prefix + "%", limit);
            if (!rows.isEmpty()) {
                return rows.stream().map(CodeSearch::hit).toList();
            }
        }
        String words = Arrays.stream(q.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" "))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
        if (words.isBlank()) {
            return List.of();
        }
        // Ranking reads every match; a short prefix can match tens of thousands of codes, so at most MATCHES of
        // them are ranked. Once the words typed narrow the matches below that, the ranking is exact.
        List<Object[]> rows = sql.rows("SELECT code, short_title, long_title, billable FROM (SELECT * FROM "
                + "code_entry WHERE version_id = ? AND search_vector @@ to_tsquery('english', ?) LIMIT "
                + MATCHES + ") m ORDER BY ts_rank_cd(search_vector, to_tsquery('english', ?), 1) "
                + "+ similarity(lower(long_title), ?) DESC, code LIMIT ?", versionId, words, words,
                q.toLowerCase(Locale.ROOT), limit);
        return rows.stream().map(CodeSearch::hit).toList();
    }

    private static CodeTitle title(ResultSet rs) throws SQLException {
        return new CodeTitle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
    }

    private static CodeTitle hit(Object[] r) {
        return new CodeTitle((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3]);
    }
}
