package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeTitle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Type-ahead search in one code set version: by code prefix (B-tree on version and code) and by words (full-text
 * GIN index, each word as a prefix), ranked by code prefix first, then full-text rank plus trigram similarity.
 */
@ApplicationScoped
public class CodeSearch {

    private final EntityManager em;

    @Inject
    public CodeSearch(EntityManager em) {
        this.em = em;
    }

    /** One code of a version. */
    @SuppressWarnings("unchecked")
    public List<CodeTitle> find(long versionId, String code) {
        List<Object[]> rows = em.createNativeQuery("SELECT code, short_title, long_title, billable FROM code_entry "
                + "WHERE version_id = :v AND code = :c").setParameter("v", versionId).setParameter("c", code)
                .getResultList();
        return rows.stream().map(CodeSearch::hit).toList();
    }

    /** Up to limit codes for the query, best first. */
    @SuppressWarnings("unchecked")
    public List<CodeTitle> search(long versionId, String query, int limit) {
        String q = query.strip();
        String prefix = q.toUpperCase(Locale.ROOT).replace(".", "");
        if (prefix.matches("[A-Z0-9]{1,7}") && prefix.chars().anyMatch(Character::isDigit)) {
            List<Object[]> rows = em.createNativeQuery("SELECT code, short_title, long_title, billable FROM code_entry "
                    + "WHERE version_id = :v AND code LIKE :p ORDER BY length(code), code LIMIT :l")
                    .setParameter("v", versionId).setParameter("p", prefix + "%").setParameter("l", limit)
                    .getResultList();
            if (!rows.isEmpty()) {
                return rows.stream().map(CodeSearch::hit).toList();
            }
        }
        String words = Arrays.stream(q.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" "))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
        if (words.isBlank()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT code, short_title, long_title, billable FROM code_entry "
                + "WHERE version_id = :v AND search_vector @@ to_tsquery('english', :q) "
                + "ORDER BY billable DESC, ts_rank_cd(search_vector, to_tsquery('english', :q), 1) "
                + "+ similarity(lower(long_title), :t) DESC, code LIMIT :l")
                .setParameter("v", versionId).setParameter("q", words).setParameter("t", q.toLowerCase(Locale.ROOT))
                .setParameter("l", limit).getResultList();
        return rows.stream().map(CodeSearch::hit).toList();
    }

    private static CodeTitle hit(Object[] r) {
        return new CodeTitle((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3]);
    }
}
