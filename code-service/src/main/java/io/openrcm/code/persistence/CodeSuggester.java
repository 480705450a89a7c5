package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Proposes codes for normalized text with PostgreSQL full-text search (all words first, any word if too few hits)
 * and trigram similarity over the titles of one code set version, then scores each candidate 0..1.
 */
@ApplicationScoped
public class CodeSuggester {

    private static final int CANDIDATES = 40;
    private static final int MATCHES = 3000;
    private static final Set<String> STOP = Set.of("of", "the", "and", "or", "a", "an", "in", "to", "for", "with",
            "by", "on", "due", "other");

    /** The synonym table, as named in reference_version. */
    public static final String SYNONYMS = "coding_synonym";

    private final SqlRows rows;
    private final Sql sql;
    private final ReferenceCache<Map<String, String>> synonyms;

    @Inject
    public CodeSuggester(DataSource dataSource, ReferenceVersions references) {
        this.rows = SqlRows.of(dataSource);
        this.sql = new Sql(dataSource);
        this.synonyms = references.cache(this::readSynonyms, SYNONYMS);
    }

    /** One scored candidate. */
    public record Candidate(CodeRef code, String title, double confidence) {
    }

    /** The synonym table as term to expansion; held in memory until the table changes. */
    public Map<String, String> synonyms() {
        return synonyms.get();
    }

    private Map<String, String> readSynonyms() {
        Map<String, String> map = new LinkedHashMap<>();
        sql.list("SELECT term, expansion FROM coding_synonym", Sql.NONE, rs -> Map.entry(rs.getString(1),
                rs.getString(2))).forEach(e -> map.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(map);
    }

    /** Up to limit billable codes of the version for the normalized text, best first. */
    public List<Candidate> suggest(CodeSetVersion version, String normalized, int limit) {
        return suggest(rows, version.id(), version.system(), normalized, limit);
    }

    /** The suggestion over any connection (the accuracy benchmark runs it over JDBC). */
    public static List<Candidate> suggest(SqlRows sql, long versionId, CodeSystem system, String normalized,
            int limit) {
        // Codes whose titles hold every word (or a word starting with it) first; when they are too few, codes
        // holding any of the words join them.
        List<Object[]> rows = new ArrayList<>(candidates(sql, versionId, normalized, true));
        if (rows.size() < limit) {
            Set<Object> seen = rows.stream().map(r -> r[0]).collect(Collectors.toSet());
            candidates(sql, versionId, normalized, false).stream().filter(r -> seen.add(r[0])).forEach(rows::add);
        }
        List<Candidate> scored = new ArrayList<>();
        for (Object[] r : rows) {
            String title = (String) r[1];
            double trigram = ((Number) r[2]).doubleValue();
            scored.add(new Candidate(new CodeRef(system, (String) r[0]), title, score(normalized, title, trigram)));
        }
        scored.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private static List<Object[]> candidates(SqlRows sql, long versionId, String text, boolean allWords) {
        String words = Arrays.stream(text.split(" ")).filter(w -> !w.isBlank() && !STOP.contains(w))
                .map(w -> allWords && w.length() >= 3 ? w + ":*" : w)
                .collect(Collectors.joining(allWords ? " & " : " | "));
        if (words.isBlank()) {
            return List.of();
        }
        // Any-word queries can match most of a code set; at most MATCHES of them are ranked.
        return sql.rows("SELECT e.code, e.long_title, similarity(lower(e.long_title), ?) AS sim FROM (SELECT * "
                + "FROM code_entry WHERE version_id = ? AND billable AND search_vector @@ to_tsquery('english', ?) "
                + "LIMIT " + MATCHES + ") e ORDER BY ts_rank_cd(e.search_vector, to_tsquery('english', ?), 1) "
                + "+ similarity(lower(e.long_title), ?) DESC LIMIT " + CANDIDATES, text, versionId, words, words,
                text);
    }

    /** Half trigram similarity, half the share of words the text and the title have in common. */
    public static double score(String text, String title, double trigram) {
        Set<String> a = words(text);
        Set<String> b = words(title.toLowerCase());
        if (a.equals(b)) {
            return 1.0;
        }
        // A word of the text counts when the title has it, or a word it abbreviates (matern: maternal).
        long common = a.stream().filter(w -> b.contains(w) || (w.length() >= 3
                && b.stream().anyMatch(t -> t.startsWith(w)))).count();
        double overlap = a.isEmpty() || b.isEmpty() ? 0 : (double) common / Math.max(a.size(), b.size());
        return Math.min(0.99, 0.5 * trigram + 0.5 * overlap);
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.replaceAll("[^a-z0-9]+", " ").strip().split(" "))
                .filter(w -> !w.isBlank() && !STOP.contains(w)).collect(Collectors.toSet());
    }
}
