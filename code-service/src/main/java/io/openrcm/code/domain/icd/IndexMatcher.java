package io.openrcm.code.domain.icd;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks an index book the way a coder reads it: a main term whose essential words the text holds, then at each level
 * the subterm whose words the text also holds (terms without essential words, such as "with", are passed through),
 * nonessential modifiers taken when present and never required, see / see also followed to the term they name.
 * Every term reached is a candidate, remembering which text words it explains.
 */
final class IndexMatcher {

    private static final int MAX_SEE = 2;
    private static final int MAX_CANDIDATES = 4000;

    /** A term reached: the text words it explains (bit per word), see steps taken, the trail shown to the coder. */
    record Reached(IndexBook.Term term, long explained, long byNemod, int sees, String trail) {
    }

    private final IndexBook book;
    private final List<String> words;

    IndexMatcher(IndexBook book, List<String> words) {
        this.book = book;
        this.words = words;
    }

    /** Every term reached from the main terms the text names, with the words already explained. */
    void fromMainTerms(long explained, List<Reached> out) {
        Set<IndexBook.Term> tried = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if ((explained & (1L << i)) != 0) {
                continue;
            }
            for (IndexBook.Term main : book.mainsWith(words.get(i))) {
                if (!tried.add(main)) {
                    continue;
                }
                for (List<String> alt : main.alternatives) {
                    long m = match(alt, explained);
                    if (m > 0) {
                        descend(main, explained | m, 0L, 0, "", out);
                        break;
                    }
                }
            }
        }
    }

    /** Every term reached below a given term (the Neoplasm table's main term, a substance). */
    void from(IndexBook.Term term, long explained, List<Reached> out) {
        descend(term, explained, 0L, 0, "", out);
    }

    private void descend(IndexBook.Term t, long explained, long byNemod, int sees, String trail,
            List<Reached> out) {
        if (out.size() >= MAX_CANDIDATES) {
            return;
        }
        long nemod = byNemod | optional(t.nemod, explained);
        long mask = explained | nemod;
        out.add(new Reached(t, mask, nemod, sees, trail));
        for (IndexBook.Term child : t.children) {
            for (List<String> alt : child.alternatives) {
                if (alt.isEmpty()) {
                    if (!child.children.isEmpty()) {
                        descend(child, mask, nemod, sees, trail, out);
                    }
                    break;
                }
                long m = match(alt, mask);
                if (m > 0) {
                    descend(child, mask | m, nemod, sees, trail, out);
                    break;
                }
            }
        }
        if (sees < MAX_SEE) {
            follow(t, t.entry().see(), mask, nemod, sees, trail, " - see ", out);
            follow(t, t.entry().seeAlso(), mask, nemod, sees, trail, " - see also ", out);
        }
    }

    private void follow(IndexBook.Term from, String reference, long mask, long nemod, int sees, String trail,
            String how, List<Reached> out) {
        if (reference == null) {
            return;
        }
        IndexBook.Term target = book.resolve(reference);
        if (target != null && target != from) {
            descend(target, mask, nemod, sees + 1, trail + IndexSearch.path(from) + how, out);
        }
    }

    /** The bits of the text words that spell the alternative, or -1 when one is missing (0 for none asked). */
    long match(List<String> alt, long taken) {
        long bits = 0;
        for (String a : alt) {
            int found = -1;
            for (int i = 0; i < words.size(); i++) {
                long bit = 1L << i;
                if ((taken & bit) == 0 && (bits & bit) == 0 && (words.get(i).equals(a)
                        || IcdWords.indexWord(words.get(i)).equals(a))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            bits |= 1L << found;
        }
        return bits;
    }

    private long optional(List<String> nemod, long taken) {
        long bits = 0;
        for (int i = 0; i < words.size(); i++) {
            long bit = 1L << i;
            if ((taken & bit) == 0 && nemod.contains(words.get(i))) {
                bits |= bit;
            }
        }
        return bits;
    }
}
