package io.openrcm.code.persistence;

import io.openrcm.platform.reference.ReferenceCache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Rows of a large reference table by code, filled lazily: a code asked for once is answered from memory (an empty
 * list when the table has no row for it) until the table changes, which starts an empty map.
 */
final class RowsByCode<T> {

    /** Codes kept at most before the map starts again: real NCCI and ICD tables hold far more than encounters use. */
    private static final int MAX_CODES = 200_000;

    private final ReferenceCache<Map<String, List<T>>> cache;
    private final Function<Set<String>, List<T>> query;
    private final Function<T, String> codeOf;

    RowsByCode(ReferenceCache<Map<String, List<T>>> cache, Function<Set<String>, List<T>> query,
            Function<T, String> codeOf) {
        this.cache = cache;
        this.query = query;
        this.codeOf = codeOf;
    }

    static <T> Map<String, List<T>> emptyMap() {
        return new ConcurrentHashMap<>();
    }

    /** Every row of these codes; one query for the codes not asked for before, none when all were. */
    List<T> of(Collection<String> codes) {
        Map<String, List<T>> known = cache.get();
        Set<String> missing = new HashSet<>();
        for (String code : codes) {
            if (!known.containsKey(code)) {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            if (known.size() > MAX_CODES) {
                known.clear();
            }
            Map<String, List<T>> found = new HashMap<>();
            for (T row : query.apply(missing)) {
                found.computeIfAbsent(codeOf.apply(row), k -> new ArrayList<>()).add(row);
            }
            for (String code : missing) {
                known.put(code, List.copyOf(found.getOrDefault(code, List.of())));
            }
        }
        List<T> rows = new ArrayList<>();
        for (String code : codes) {
            List<T> cached = known.get(code);
            rows.addAll(cached != null ? cached : query.apply(Set.of(code)));
        }
        return rows;
    }
}
