package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Suggests ICD-10-CM codes for clinical text the way a coder works: abbreviations expanded, the Alphabetic Index
 * walked from main term to subterms (see / see also followed), the Neoplasm table by site and behaviour, the Drug table
 * by substance and intent, then every code checked and completed in the Tabular (billable, seventh character) and
 * shown with its Index path and the notes that apply. Code titles are searched only to fill up the list.
 */
public final class IndexSearch {

    private static final int MAX_WORDS = 40;

    /** A suggested code: without dot, its Tabular title, the Index path that led to it, the notes that apply. */
    public record Suggestion(String code, String title, String path, List<String> notes, double confidence) {
    }

    private final IcdBookSet books;
    private final Abbreviations abbreviations;
    private final CodeCompleter completer;
    private final TitleSearch titles;

    public IndexSearch(IcdBookSet books, Abbreviations abbreviations) {
        this.books = books;
        this.abbreviations = abbreviations;
        this.completer = new CodeCompleter(books.tabular());
        this.titles = new TitleSearch(books.tabular());
    }

    /** Up to limit suggestions, best first. */
    public List<Suggestion> suggest(String text, int limit) {
        String expanded = abbreviations.expand(text);
        List<String> words = IcdWords.words(expanded);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        long essential = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!IcdWords.qualifier(words.get(i))) {
                essential |= 1L << i;
            }
        }
        int total = Math.max(1, Long.bitCount(essential));
        Map<String, Suggestion> best = new HashMap<>();
        // An entry's code is completed once however many terms lead to it; the search itself is shared by threads.
        Map<String, Optional<String>> completed = new HashMap<>();
        List<IndexMatcher.Reached> reached = new ArrayList<>();
        if (books.index() != null) {
            new IndexMatcher(books.index(), words).fromMainTerms(0, reached);
        }
        for (IndexMatcher.Reached r : reached) {
            offer(best, completed, r.term().entry().code(), r.trail() + path(r.term()), words,
                    score(r, essential, total));
        }
        for (TableColumns.Hit hit : TableColumns.search(books, words, expanded)) {
            double score = score(hit.reached(), essential, total);
            offer(best, completed, hit.code(), hit.reached().trail() + path(hit.reached().term()) + ", "
                    + hit.column(), words, score);
        }
        for (TitleSearch.Hit hit : titles.search(words, essential, total)) {
            offer(best, completed, hit.code(), "Tabular title", words, hit.score());
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Suggestion::confidence).reversed()
                        .thenComparing(s -> s.path().length()))
                .limit(limit).map(s -> new Suggestion(s.code(), books.tabular().title(s.code()), s.path(),
                        notes(s.code()), s.confidence())).toList();
    }

    private static double score(IndexMatcher.Reached r, long essential, int total) {
        int depth = r.term().path().size();
        // A word only a nonessential modifier explains counts for less than one a subterm names.
        double explained = Long.bitCount(r.explained() & essential & ~r.byNemod())
                + 0.8 * Long.bitCount(r.byNemod() & essential);
        return explained / total - 0.04 * r.sees() - 0.001 * depth;
    }

    private void offer(Map<String, Suggestion> best, Map<String, Optional<String>> completed, String given,
            String path, List<String> words, double score) {
        if (given == null) {
            return;
        }
        String code = completed.computeIfAbsent(given, g -> Optional.ofNullable(completer.complete(g, words)))
                .orElse(null);
        if (code == null) {
            return;
        }
        Suggestion old = best.get(code);
        if (old != null && old.confidence() >= score) {
            return;
        }
        // Title and notes are looked up for the few suggestions kept, not for every term reached.
        best.put(code, new Suggestion(code, null, path + " \u2192 " + CodeSpans.dotted(code), List.of(),
                Math.max(0, Math.min(1, score))));
    }

    /** The Tabular notes a coder must see for the code, nearest level first. */
    public List<String> notes(String code) {
        List<String> notes = new ArrayList<>();
        for (TabularList.Node n : books.tabular().chain(code)) {
            for (String type : List.of("excludes1", "codeFirst", "useAdditionalCode", "codeAlso")) {
                for (String text : n.notes(type)) {
                    if (notes.size() < 12) {
                        notes.add(NoteKinds.label(type) + " (at " + shown(n) + "): " + text);
                    }
                }
            }
        }
        return notes;
    }

    static String shown(TabularList.Node n) {
        return n.kind() == 'D' ? CodeSpans.dotted(n.code()) : n.code();
    }

    /** The path of a term as the Index reads: "Failure, heart, congestive". */
    static String path(IndexBook.Term t) {
        return t.path().stream().map(IndexBook.Term::label).collect(Collectors.joining(", "));
    }
}
