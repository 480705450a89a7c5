package io.openrcm.code.domain.icd;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a billable code of what an Index entry gives, the way a coder checks it in the Tabular: a complete code stays;
 * an incomplete one ("H93.29-", a category) is completed with the subdivision the text names (laterality and the like)
 * or else the unspecified one; a code that needs a seventh character gets the one the text names (initial,
 * subsequent encounter, sequela) or else the first the Tabular lists, with placeholder X up to six characters.
 */
final class CodeCompleter {

    private final TabularList tabular;

    CodeCompleter(TabularList tabular) {
        this.tabular = tabular;
    }

    /** The billable code (without dot) or null when the Tabular of this version does not hold one. */
    String complete(String given, List<String> textWords) {
        if (given == null) {
            return null;
        }
        String c = given.replace(".", "").replace("-", "").strip();
        if (c.length() < 3 || tabular.billable(c)) {
            return c.length() < 3 ? null : c;
        }
        Map<Character, String> seventh = tabular.seventhCharacters(c);
        String base = c.length() == 7 && !seventh.isEmpty() ? c.substring(0, 6) : c;
        String stem = tabular.node(base) != null ? base : base.replaceAll("X+$", "");
        if (tabular.node(stem) == null) {
            return null;
        }
        String leaf = best(tabular.leavesUnder(stem), textWords);
        if (leaf == null) {
            return null;
        }
        if (seventh.isEmpty()) {
            return tabular.billable(leaf) ? leaf : null;
        }
        String code = TabularList.withSeventh(leaf, seventh(seventh, textWords));
        return tabular.billable(code) ? code : null;
    }

    private String best(List<String> leaves, List<String> textWords) {
        Set<String> text = new HashSet<>(textWords);
        String best = null;
        double bestScore = -1;
        for (String leaf : leaves) {
            String title = tabular.node(leaf).title();
            double score = 0;
            for (String w : new HashSet<>(IcdWords.words(title))) {
                if (text.contains(w)) {
                    score++;
                }
            }
            // With nothing in the text to choose by, the unspecified subdivision is the Index's way, and the entry
            // that says least beyond the text the closest.
            for (String w : IcdWords.raw(title)) {
                if ("unspecified".equals(w)) {
                    score += 0.5;
                } else if (!text.contains(IcdWords.stem(w)) && !IcdWords.CONNECTORS.contains(w)) {
                    score -= 0.05;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = leaf;
            }
        }
        return best;
    }

    static char seventh(Map<Character, String> chars, List<String> textWords) {
        Set<String> text = new HashSet<>(textWords);
        char best = chars.keySet().iterator().next();
        int bestScore = 0;
        for (Map.Entry<Character, String> e : chars.entrySet()) {
            int score = 0;
            for (String w : IcdWords.words(e.getValue())) {
                if (text.contains(w)) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }
}
