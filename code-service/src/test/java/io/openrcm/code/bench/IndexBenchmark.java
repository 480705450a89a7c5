package io.openrcm.code.bench;

import io.openrcm.code.domain.CodeTitle;
import io.openrcm.code.domain.TypeAhead;
import io.openrcm.code.domain.icd.IcdBookSet;
import io.openrcm.code.domain.icd.IcdBooksFromFiles;
import io.openrcm.code.domain.icd.IndexEvaluation;
import io.openrcm.code.domain.icd.IndexEvaluation.Figures;
import io.openrcm.code.domain.icd.IndexEvaluation.Latencies;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test) of coding the Index way (issue 17): reads the FY2023 Tabular, Index, Neoplasm and Drug
 * tables and External Cause Index from ../shared/data, then prints top-1 / top-5 of the everyday and Index-derived
 * evaluation sets and the wall-clock and CPU latencies of suggestions and of type-ahead over every billable code,
 * each against its goal. Rounds: {@code -Dbench.rounds} (5; the last is timed, the others warm the JIT).
 * Run: {@code code-service/bench.sh IndexBenchmark}; exit status 1 when a goal is missed.
 */
public final class IndexBenchmark {

    private static final double SUGGESTION_P99_GOAL_MS = 50.0;
    private static final double TYPE_AHEAD_P99_GOAL_MS = 20.0;

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        long t0 = System.nanoTime();
        IcdBookSet books = IcdBooksFromFiles.books();
        IndexEvaluation evaluation = new IndexEvaluation(IcdBooksFromFiles.search());
        System.out.printf(Locale.ROOT, "FY2023 books read from the XML files in %.1f s; %d rounds, the last timed%n",
                (System.nanoTime() - t0) / 1e9, rounds);

        Figures everyday = evaluation.run(IndexEvaluation.everyday(), rounds);
        Figures derived = evaluation.run(IndexEvaluation.derived(books, 500, 17), rounds);
        List<CodeTitle> all = IndexEvaluation.billableCodes(books.tabular());
        long b0 = System.nanoTime();
        TypeAhead typeAhead = new TypeAhead(all);
        double builtMs = (System.nanoTime() - b0) / 1e6;
        Latencies typing = IndexEvaluation.typeAhead(all, typeAhead, 4000, rounds);

        System.out.println();
        System.out.println("| figure | n | top-1 | top-5 | wall p50 | wall p99 | wall max | CPU p99 | goal |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        row("suggestions, everyday phrases", everyday, "top-1 >= 85 %, top-5 >= 97 %, p99 <= 50 ms");
        row("suggestions, derived from the Index (500, seed 17)", derived, "p99 <= 50 ms");
        System.out.printf(Locale.ROOT, "| type-ahead, %,d billable FY2023 codes (index built in %.0f ms) | %d | | | "
                + "%.2f ms | %.2f ms | %.2f ms | %.2f ms | p99 <= 20 ms |%n", all.size(), builtMs, typing.samples(),
                typing.p50(), typing.p99(), typing.max(), typing.cpuP99());

        boolean met = everyday.top1Share() >= 85.0 && everyday.top5Share() >= 97.0
                && everyday.latency().p99() <= SUGGESTION_P99_GOAL_MS
                && derived.latency().p99() <= SUGGESTION_P99_GOAL_MS && typing.p99() <= TYPE_AHEAD_P99_GOAL_MS;
        System.out.println();
        System.out.println(met ? "GOALS MET (wall clock)" : "GOALS MISSED (wall clock): see the table");
        System.exit(met ? 0 : 1);
    }

    private static void row(String label, Figures f, String goal) {
        Latencies l = f.latency();
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f %% | %.1f %% | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s |%n",
                label, f.n(), f.top1Share(), f.top5Share(), l.p50(), l.p99(), l.max(), l.cpuP99(), goal);
    }
}
