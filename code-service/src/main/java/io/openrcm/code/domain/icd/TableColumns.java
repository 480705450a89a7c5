package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Neoplasm table by site and behaviour, the Drug table by substance and intent: the text's words choose the
 * column (malignant primary, secondary, in situ, benign, uncertain, unspecified; poisoning accidental, intentional
 * self-harm, assault, undetermined, adverse effect, underdosing), the rest of the words the row.
 */
final class TableColumns {

    private static final String[] NEOPLASM_COLUMNS = {"", "", "malignant primary", "malignant secondary",
        "Ca in situ", "benign", "uncertain behavior", "unspecified behavior"};
    private static final String[] DRUG_COLUMNS = {"", "", "poisoning accidental (unintentional)",
        "poisoning intentional self-harm", "poisoning assault", "poisoning undetermined", "adverse effect",
        "underdosing"};
    private static final Map<String, Integer> BEHAVIOUR = Map.ofEntries(Map.entry("metastatic", 3),
            Map.entry("metastasi", 3), Map.entry("secondary", 3), Map.entry("situ", 4), Map.entry("benign", 5),
            Map.entry("uncertain", 6), Map.entry("neoplasm", 7), Map.entry("tumor", 7), Map.entry("cancer", 2),
            Map.entry("carcinoma", 2), Map.entry("malignant", 2), Map.entry("malignancy", 2),
            Map.entry("adenocarcinoma", 2), Map.entry("primary", 2));
    private static final Map<String, Integer> INTENT = Map.ofEntries(Map.entry("poisoning", 2),
            Map.entry("overdose", 2), Map.entry("accidental", 2), Map.entry("toxicity", 2), Map.entry("toxic", 2),
            Map.entry("intentional", 3), Map.entry("suicide", 3), Map.entry("self", 3), Map.entry("harm", 3),
            Map.entry("attempt", 3), Map.entry("assault", 4), Map.entry("undetermined", 5),
            Map.entry("adverse", 6), Map.entry("effect", 6), Map.entry("side", 6), Map.entry("reaction", 6),
            Map.entry("underdosing", 7), Map.entry("underdose", 7), Map.entry("missed", 7), Map.entry("dose", 7));

    /** A table cell reached: its code, the term, the column's name. */
    record Hit(String code, IndexMatcher.Reached reached, String column) {
    }

    private TableColumns() {
    }

    static List<Hit> search(IcdBookSet books, List<String> words, String text) {
        List<Hit> hits = new ArrayList<>();
        if (books.neoplasms() != null) {
            table(books.neoplasms(), words, BEHAVIOUR, NEOPLASM_COLUMNS, false, hits);
        }
        if (books.drugs() != null) {
            table(books.drugs(), words, INTENT, DRUG_COLUMNS, true, hits);
        }
        return hits;
    }

    private static void table(IndexBook book, List<String> words, Map<String, Integer> columns, String[] names,
            boolean bySubstance, List<Hit> hits) {
        long bits = 0;
        int col = 0;
        for (int i = 0; i < words.size(); i++) {
            Integer c = columns.get(words.get(i));
            if (c != null) {
                bits |= 1L << i;
                // The most specific column named wins: a "metastatic carcinoma" is secondary, not primary.
                col = col == 0 || col == 7 || (col == 2 && c != 7) ? c : col;
            }
        }
        if (col == 0) {
            return;
        }
        List<IndexMatcher.Reached> reached = new ArrayList<>();
        IndexMatcher matcher = new IndexMatcher(book, words);
        if (bySubstance) {
            matcher.fromMainTerms(bits, reached);
        } else {
            for (IndexBook.Term main : book.mains()) {
                matcher.from(main, bits, reached);
            }
        }
        for (IndexMatcher.Reached r : reached) {
            String code = r.term().entry().cells().get(col);
            if (code != null && (bySubstance || r.term().entry().level() > 0)) {
                hits.add(new Hit(code, r, names[col]));
            }
        }
    }
}
