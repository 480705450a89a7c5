package io.openrcm.code.domain.icd;

/** Prints suggestions for phrases given as arguments (a tool while writing the evaluation set). */
public final class IndexProbe {

    private IndexProbe() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        IndexSearch search = IcdBooksFromFiles.search();
        System.out.printf("books read in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        for (String phrase : args) {
            System.out.println("== " + phrase);
            for (IndexSearch.Suggestion s : search.suggest(phrase, 5)) {
                System.out.printf("  %-9s %.3f %s | %s%n", CodeSpans.dotted(s.code()), s.confidence(), s.path(),
                        s.title());
            }
        }
    }
}
