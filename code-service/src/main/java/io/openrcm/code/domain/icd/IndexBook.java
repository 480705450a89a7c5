package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One index book of one version in memory (the Alphabetic Index, the External Cause Index, the Neoplasm or the Drug
 * table): main terms and their subterm levels, each with its essential words (a title such as "Failure, failed"
 * gives two alternatives), its nonessential modifiers, code, see / see also and table cells.
 */
public final class IndexBook {

    /** A stored term; cells by column (2-7) for the two tables, empty otherwise. */
    public record Entry(int seq, int parentSeq, int level, String title, String nemod, String code, String manif,
            String see, String seeAlso, Map<Integer, String> cells) {
    }

    /** A term in the tree. */
    public static final class Term {
        final Entry entry;
        final Term parent;
        final List<Term> children = new ArrayList<>();
        final List<List<String>> alternatives = new ArrayList<>();
        final List<String> nemod;

        Term(Entry entry, Term parent) {
            this.entry = entry;
            this.parent = parent;
            // "Failure, failed" gives two forms of one word (a shared stem): either names the term. "Mononucleosis,
            // infectious" is one phrase inverted: every part is needed. "atrial or auricular": either word.
            String[] parts = entry.title().split(",\\s+");
            List<String> required = new ArrayList<>();
            List<String> forms = new ArrayList<>();
            forms.add(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                if (sameStem(parts[0], parts[i])) {
                    forms.add(parts[i]);
                } else {
                    required.addAll(IcdWords.words(parts[i]));
                }
            }
            for (String form : forms) {
                for (String alt : form.split("\\s+or\\s+")) {
                    List<String> words = new ArrayList<>(IcdWords.words(alt));
                    words.addAll(required);
                    alternatives.add(words);
                }
            }
            this.nemod = entry.nemod() == null ? List.of() : IcdWords.words(entry.nemod());
        }

        private static boolean sameStem(String a, String b) {
            String x = a.toLowerCase(Locale.ROOT);
            String y = b.toLowerCase(Locale.ROOT);
            return x.length() >= 4 && y.length() >= 4 && x.substring(0, 4).equals(y.substring(0, 4));
        }

        /** The stored term. */
        public Entry entry() {
            return entry;
        }

        /** The term as the path shows it: its first alternative, as the book writes it. */
        public String label() {
            return entry.title().split(",\\s+")[0];
        }

        /** Main term first, this term last. */
        public List<Term> path() {
            List<Term> path = new ArrayList<>();
            for (Term t = this; t != null; t = t.parent) {
                path.add(0, t);
            }
            return path;
        }
    }

    private final List<Term> mains = new ArrayList<>();
    private final Map<String, List<Term>> mainsByWord = new HashMap<>();
    private final Map<String, Term> mainsByTitle = new HashMap<>();
    private final int size;

    /** Builds the tree from the stored terms in file order (a parent before its children). */
    public IndexBook(List<Entry> entries) {
        Map<Integer, Term> bySeq = new HashMap<>();
        for (Entry e : entries) {
            Term parent = e.parentSeq() < 0 ? null : bySeq.get(e.parentSeq());
            Term t = new Term(e, parent);
            bySeq.put(e.seq(), t);
            if (parent == null) {
                mains.add(t);
                for (List<String> alt : t.alternatives) {
                    alt.forEach(w -> mainsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(t));
                    mainsByTitle.putIfAbsent(String.join(" ", alt), t);
                }
            } else {
                parent.children.add(t);
            }
        }
        size = entries.size();
    }

    /** The number of terms. */
    public int size() {
        return size;
    }

    /** Main terms one of whose essential words is this (stemmed) word. */
    List<Term> mainsWith(String word) {
        return mainsByWord.getOrDefault(word, List.of());
    }

    /** The main terms, in book order. */
    List<Term> mains() {
        return mains;
    }

    /** The term a see / see also reference names ("Failure, heart"), or null when it names none in this book. */
    Term resolve(String reference) {
        String[] parts = reference.split(",\\s+");
        Term t = mainsByTitle.get(String.join(" ", IcdWords.words(parts[0])));
        if (t == null) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            List<String> words = IcdWords.words(parts[i]);
            if (words.isEmpty() || t.alternatives.contains(words)) {
                continue;
            }
            Term next = null;
            for (Term c : t.children) {
                if (c.alternatives.contains(words)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                String low = parts[i].toLowerCase(Locale.ROOT);
                // "by site", "condition", "by type": the reference stops at a choice the text must make.
                return low.contains("by ") || low.contains("condition") ? t : null;
            }
            t = next;
        }
        return t;
    }
}
