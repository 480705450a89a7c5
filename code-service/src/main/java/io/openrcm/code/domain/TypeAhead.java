package io.openrcm.code.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Type-ahead over one code set version in memory: a code prefix by binary search in code order, or words (each a
 * prefix of a title word) by sorted vocabulary ranges and bit sets, ranked by whole words typed, then the shortest
 * title. Built once per version; every query is a few array lookups.
 */
public final class TypeAhead {

    /** A letter alone, or a letter, a digit and more: typed as a code rather than as words. */
    private static final Pattern CODE_PREFIX =
            Pattern.compile("[A-Z]|[A-Z][0-9][0-9A-Z]{0,5}|[0-9]{1,4}[0-9A-Z]?");

    private final CodeTitle[] codes;
    private final String[] vocabulary;
    private final int[][] postings;
    private final String[][] titleWords;

    /** Indexes the codes of a version. */
    public TypeAhead(List<CodeTitle> entries) {
        codes = entries.stream().sorted(Comparator.comparing(CodeTitle::code)).toArray(CodeTitle[]::new);
        titleWords = new String[codes.length][];
        Map<String, List<Integer>> byWord = new TreeMap<>();
        for (int i = 0; i < codes.length; i++) {
            titleWords[i] = words(codes[i].longTitle() + " " + codes[i].shortTitle());
            for (String w : titleWords[i]) {
                List<Integer> list = byWord.computeIfAbsent(w, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        vocabulary = byWord.keySet().toArray(String[]::new);
        postings = byWord.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** The number of codes. */
    public int size() {
        return codes.length;
    }

    /** Up to limit codes for the query, best first. */
    public List<CodeTitle> search(String query, int limit) {
        String q = query.strip();
        String prefix = q.toUpperCase(Locale.ROOT).replace(".", "");
        if (CODE_PREFIX.matcher(prefix).matches()) {
            List<CodeTitle> out = new ArrayList<>();
            int at = lowerBound(prefix);
            for (int i = at; i < codes.length && out.size() < limit && codes[i].code().startsWith(prefix); i++) {
                out.add(codes[i]);
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        String[] typed = words(q);
        if (typed.length == 0) {
            return List.of();
        }
        BitSet hits = null;
        for (String w : typed) {
            BitSet b = matching(w);
            if (hits == null) {
                hits = b;
            } else {
                hits.and(b);
            }
        }
        // Best first: more whole words typed, then the shorter title, then code order, packed in one long so a
        // small heap keeps only the best limit.
        PriorityQueue<Long> best = new PriorityQueue<>();
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            long key = ((long) whole(i, typed) << 48) | ((long) (0xFFFF - Math.min(0xFFFF,
                    codes[i].longTitle().length())) << 24) | (0xFFFFFF - i);
            if (best.size() < limit) {
                best.add(key);
            } else if (key > best.peek()) {
                best.poll();
                best.add(key);
            }
        }
        List<CodeTitle> out = new ArrayList<>();
        while (!best.isEmpty()) {
            out.add(0, codes[(int) (0xFFFFFF - (best.poll() & 0xFFFFFF))]);
        }
        return out;
    }

    private int whole(int i, String[] typed) {
        int n = 0;
        for (String w : typed) {
            for (String t : titleWords[i]) {
                if (t.equals(w)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private BitSet matching(String prefix) {
        BitSet b = new BitSet(codes.length);
        int from = Arrays.binarySearch(vocabulary, prefix);
        for (int v = from < 0 ? -from - 1 : from; v < vocabulary.length && vocabulary[v].startsWith(prefix); v++) {
            for (int i : postings[v]) {
                b.set(i);
            }
        }
        return b;
    }

    private int lowerBound(String prefix) {
        int lo = 0;
        int hi = codes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (codes[mid].code().compareTo(prefix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                .distinct().toArray(String[]::new);
    }
}
