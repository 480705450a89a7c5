package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last resort of the suggestions: billable Tabular entries whose title (or an inclusion term written at them)
 * shares the text's words, for text no Index entry explains. Scored below an Index path that explains as much.
 */
final class TitleSearch {

    private static final int HITS = 10;

    /** A Tabular entry found by its words. */
    record Hit(String code, double score) {
    }

    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final List<Set<String>> qualifiers = new ArrayList<>();

    TitleSearch(TabularList tabular) {
        for (TabularList.Node n : tabular.allDiags()) {
            if (!tabular.children(n).isEmpty()) {
                continue;
            }
            List<String> texts = new ArrayList<>(n.notes("inclusionTerm"));
            texts.add(0, n.title());
            for (String t : texts) {
                Set<String> words = new HashSet<>(IcdWords.words(t));
                int id = codes.size();
                codes.add(n.code());
                lengths.add((int) words.stream().filter(w -> !IcdWords.qualifier(w)).count());
                qualifiers.add(words.stream().filter(IcdWords::qualifier).collect(Collectors.toSet()));
                words.forEach(w -> postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
            }
        }
    }

    /** The best few entries for the words, each scored by the words in common over the larger word count. */
    List<Hit> search(List<String> words, long essential, int total) {
        Map<Integer, Integer> common = new HashMap<>();
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if ((essential & (1L << i)) != 0 && distinct.add(words.get(i))) {
                for (Integer id : postings.getOrDefault(words.get(i), List.of())) {
                    common.merge(id, 1, Integer::sum);
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        Set<String> asked = words.stream().filter(IcdWords::qualifier).collect(Collectors.toSet());
        // Laterality and encounter words choose among siblings: one the title shares counts a little for it, one
        // the title has and the text does not a little against it.
        common.forEach((id, n) -> {
            long shared = qualifiers.get(id).stream().filter(asked::contains).count();
            long extra = qualifiers.get(id).stream().filter(q -> !asked.contains(q) && !"unspecified".equals(q))
                    .count();
            hits.add(new Hit(codes.get(id), 0.9 * n / Math.max(total, lengths.get(id)) + 0.02 * shared
                    - 0.02 * extra));
        });
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits.subList(0, Math.min(HITS, hits.size()));
    }
}
