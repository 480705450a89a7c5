package io.openrcm.code.domain.icd;

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

/**
 * The evaluation of coding from text, shared by {@code IndexEvaluationTest} (in the build) and the code-service
 * benchmark {@code IndexBenchmark}: the evaluation sets, top-1 / top-5 over them, and wall-clock and CPU latencies of
 * suggestions and of type-ahead over every billable code of the FY2023 Tabular.
 */
public final class IndexEvaluation {

    /** A phrase with the code expected. */
    public record Case(String phrase, String expected) {
    }

    /** Counts of one set and latencies of its last round, in milliseconds. */
    public record Figures(int n, int top1, int top5, Latencies latency, List<String> misses) {
        public double top1Share() {
            return 100.0 * top1 / n;
        }

        public double top5Share() {
            return 100.0 * top5 / n;
        }
    }

    /** Wall-clock and thread-CPU percentiles (nearest rank) of a series of timed calls, in milliseconds. */
    public record Latencies(int samples, double p50, double p99, double max, double cpuP99) {
        static Latencies of(List<Double> wall, List<Double> cpu) {
            return new Latencies(wall.size(), percentile(wall, 50), percentile(wall, 99), percentile(wall, 100),
                    percentile(cpu, 99));
        }
    }

    private final IndexSearch search;

    public IndexEvaluation(IndexSearch search) {
        this.search = search;
    }

    /**
     * Asks for five suggestions for every case, {@code rounds} times (the first rounds warm the JIT); counts hits and
     * measures latencies in the last round.
     */
    public Figures run(List<Case> cases, int rounds) {
        int top1 = 0;
        int top5 = 0;
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            times.clear();
            cpu.clear();
            boolean last = round == rounds - 1;
            for (Case c : cases) {
                long s = System.nanoTime();
                long sc = threads.getCurrentThreadCpuTime();
                List<IndexSearch.Suggestion> found = search.suggest(c.phrase(), 5);
                times.add((System.nanoTime() - s) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - sc) / 1e6);
                if (last) {
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
        return new Figures(cases.size(), top1, top5, Latencies.of(times, cpu), misses);
    }

    /** Every billable code of the Tabular, seventh characters expanded, as type-ahead rows. */
    public static List<CodeTitle> billableCodes(TabularList tabular) {
        List<CodeTitle> all = new ArrayList<>();
        for (TabularList.Node n : tabular.allDiags()) {
            if (tabular.leavesUnder(n.code()).contains(n.code())) {
                for (String code : expand(tabular, n.code())) {
                    all.add(new CodeTitle(code, tabular.title(code), tabular.title(code), true));
                }
            }
        }
        return all;
    }

    /**
     * {@code queries} type-ahead searches (limit 10) as a coder types them, seed 7: every other one a code prefix of 1
     * to 5 characters, the others the first letters of one or two title words; {@code rounds} times, the last timed.
     */
    public static Latencies typeAhead(List<CodeTitle> all, TypeAhead typeAhead, int queries, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            times.clear();
            cpu.clear();
            Random random = new Random(7);
            for (int i = 0; i < queries; i++) {
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
        return Latencies.of(times, cpu);
    }

    /** The everyday phrases written by hand (src/test/resources/eval/everyday.csv). */
    public static List<Case> everyday() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(IndexEvaluation.class
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
    public static List<Case> derived(IcdBookSet books, int n, long seed) {
        List<Case> all = new ArrayList<>();
        for (IndexBook.Term main : books.index().mains()) {
            walk(books, main, all);
        }
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }

    private static void walk(IcdBookSet books, IndexBook.Term t, List<Case> out) {
        String code = t.entry().code();
        if (code != null && !code.endsWith("-") && books.tabular().billable(code.replace(".", ""))
                && t.path().size() <= 3) {
            out.add(new Case(t.path().stream().map(IndexBook.Term::label).collect(Collectors.joining(" ")), code));
        }
        t.children.forEach(c -> walk(books, c, out));
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

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
