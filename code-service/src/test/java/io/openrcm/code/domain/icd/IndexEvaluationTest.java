package io.openrcm.code.domain.icd;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.code.domain.CodeTitle;
import io.openrcm.code.domain.TypeAhead;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation sets against the FY2023 books and prints top-1 / top-5 and latencies: the everyday phrases
 * written by hand (src/test/resources/eval/everyday.csv) and a set derived from the Alphabetic Index itself.
 */
class IndexEvaluationTest {

    private static IndexSearch search;
    private static long readMillis;

    @BeforeAll
    static void books() throws IOException {
        long t0 = System.nanoTime();
        search = IcdBooksFromFiles.search();
        readMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** A phrase with the code expected. */
    record Case(String phrase, String expected) {
    }

    /** Counts and latencies of one set. */
    record Figures(int n, int top1, int top5, double p50, double p99, double cpuP99, List<String> misses) {
        double top1Share() {
            return 100.0 * top1 / n;
        }

        double top5Share() {
            return 100.0 * top5 / n;
        }
    }

    @Test
    void everydayPhrasesReachTheGoals() throws IOException {
        List<Case> cases = everyday();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        Figures f = run(cases);
        print("everyday phrases", f);
        f.misses().forEach(m -> System.out.println("  miss: " + m));
        assertThat(f.top1Share()).as("top-1 %% on everyday phrases").isGreaterThanOrEqualTo(85.0);
        assertThat(f.top5Share()).as("top-5 %% on everyday phrases").isGreaterThanOrEqualTo(97.0);
        // Wall time on a shared build machine measures the machine's load; the CPU time a suggestion takes is the
        // figure that stays put, so that one is held to the goal (both are printed).
        assertThat(f.cpuP99()).as("suggestion CPU p99 ms").isLessThanOrEqualTo(50.0);
    }

    @Test
    void phrasesDerivedFromTheIndex() {
        Figures f = run(derived(500, 17));
        print("derived from the Index (500 entries, seed 17)", f);
        assertThat(f.top5Share()).isGreaterThan(50.0);
    }

    @Test
    void typeAheadOverEveryBillableCode() {
        TabularList tabular = IcdBooksFromFiles.books().tabular();
        List<CodeTitle> all = new ArrayList<>();
        for (TabularList.Node n : tabular.allDiags()) {
            for (String code : tabular.leavesUnder(n.code()).contains(n.code()) ? expand(tabular, n.code())
                    : List.<String>of()) {
                all.add(new CodeTitle(code, tabular.title(code), tabular.title(code), true));
            }
        }
        long t0 = System.nanoTime();
        TypeAhead typeAhead = new TypeAhead(all);
        long built = (System.nanoTime() - t0) / 1_000_000;
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            times.clear();
            cpu.clear();
            queries(all, typeAhead, times, cpu);
        }
        double p99 = percentile(cpu, 99);
        System.out.printf(Locale.ROOT, "[eval] type-ahead over %,d billable FY2023 codes (built in %d ms), 4,000 "
                + "queries: wall p50 %.2f ms, p99 %.2f ms, CPU p99 %.2f ms%n", all.size(), built,
                percentile(times, 50), percentile(times, 99), p99);
        assertThat(typeAhead.search("E11.6", 3)).extracting(CodeTitle::code).containsExactly("E11610", "E11618",
                "E11620");
        assertThat(p99).isLessThanOrEqualTo(20.0);
    }

    private static void queries(List<CodeTitle> all, TypeAhead typeAhead, List<Double> times, List<Double> cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Random random = new Random(7);
        for (int i = 0; i < 4000; i++) {
            CodeTitle c = all.get(random.nextInt(all.size()));
            String[] words = c.longTitle().toLowerCase(Locale.ROOT).split("[^a-z]+");
            String q = i % 2 == 0 ? c.code().substring(0, 1 + random.nextInt(Math.min(5, c.code().length())))
                    : prefix(words, random);
            long s = System.nanoTime();
            long sc = threads.getCurrentThreadCpuTime();
            typeAhead.search(q, 10);
            times.add((System.nanoTime() - s) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - sc) / 1e6);
        }
    }

    private static List<String> expand(TabularList tabular, String leaf) {
        var chars = tabular.seventhCharacters(leaf);
        return chars.isEmpty() ? List.of(leaf) : chars.keySet().stream().map(c -> TabularList.withSeventh(leaf, c))
                .toList();
    }

    private static String prefix(String[] words, Random random) {
        List<String> ws = Arrays.stream(words).filter(w -> w.length() >= 4).toList();
        if (ws.isEmpty()) {
            return "pain";
        }
        String a = ws.get(random.nextInt(ws.size()));
        String b = ws.get(random.nextInt(ws.size()));
        return a.substring(0, Math.min(a.length(), 3 + random.nextInt(4))) + (random.nextBoolean() ? ""
                : " " + b.substring(0, Math.min(b.length(), 3 + random.nextInt(4))));
    }

    private static Figures run(List<Case> cases) {
        int top1 = 0;
        int top5 = 0;
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            times.clear();
            cpu.clear();
            for (Case c : cases) {
                long s = System.nanoTime();
                long sc = threads.getCurrentThreadCpuTime();
                List<IndexSearch.Suggestion> found = search.suggest(c.phrase(), 5);
                times.add((System.nanoTime() - s) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - sc) / 1e6);
                if (round == 1) {
                    List<String> codes = found.stream().map(IndexSearch.Suggestion::code).toList();
                    String want = c.expected().replace(".", "");
                    top1 += !codes.isEmpty() && codes.get(0).equals(want) ? 1 : 0;
                    top5 += codes.contains(want) ? 1 : 0;
                    if (codes.isEmpty() || !codes.get(0).equals(want)) {
                        misses.add(c.phrase() + " -> expected " + c.expected() + ", got " + found.stream()
                                .map(x -> CodeSpans.dotted(x.code())).collect(Collectors.joining(" ")));
                    }
                }
            }
        }
        return new Figures(cases.size(), top1, top5, percentile(times, 50), percentile(times, 99),
                percentile(cpu, 99), misses);
    }

    private static void print(String set, Figures f) {
        System.out.printf(Locale.ROOT, "[eval] %s: n=%d top-1 %.1f %% top-5 %.1f %%; suggestion wall p50 %.2f ms, "
                + "p99 %.2f ms, CPU p99 %.2f ms (books read from the XML files in %d ms)%n", set, f.n(),
                f.top1Share(), f.top5Share(), f.p50(), f.p99(), f.cpuP99(), readMillis);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static List<Case> everyday() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(IndexEvaluationTest.class
                .getResourceAsStream("/eval/everyday.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("phrase,")) {
                    continue;
                }
                String[] f = line.split(",", 3);
                cases.add(new Case(f[0], f[1]));
            }
        }
        return cases;
    }

    /** Index entries with a complete code of their own, reached without see: the words of the path, the code. */
    static List<Case> derived(int n, long seed) {
        IcdBookSet books = IcdBooksFromFiles.books();
        List<Case> all = new ArrayList<>();
        collect(books, books.index(), all);
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }

    private static void collect(IcdBookSet books, IndexBook index, List<Case> out) {
        for (IndexBook.Term main : index.mains()) {
            walk(books, main, out);
        }
    }

    private static void walk(IcdBookSet books, IndexBook.Term t, List<Case> out) {
        String code = t.entry().code();
        if (code != null && !code.endsWith("-") && books.tabular().billable(code.replace(".", ""))
                && t.path().size() <= 3) {
            out.add(new Case(t.path().stream().map(IndexBook.Term::label).collect(Collectors.joining(" ")), code));
        }
        t.children.forEach(c -> walk(books, c, out));
    }
}
