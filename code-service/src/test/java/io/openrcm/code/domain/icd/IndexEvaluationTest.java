package io.openrcm.code.domain.icd;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.code.domain.CodeTitle;
import io.openrcm.code.domain.TypeAhead;
import io.openrcm.code.domain.icd.IndexEvaluation.Figures;
import io.openrcm.code.domain.icd.IndexEvaluation.Latencies;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation sets against the FY2023 books and prints top-1 / top-5 and latencies: the everyday phrases
 * written by hand (src/test/resources/eval/everyday.csv) and a set derived from the Alphabetic Index itself. The
 * code-service benchmark ({@code code-service/bench.sh IndexBenchmark}) runs the same evaluation with more rounds.
 */
class IndexEvaluationTest {

    private static IndexEvaluation evaluation;
    private static long readMillis;

    @BeforeAll
    static void books() throws IOException {
        long t0 = System.nanoTime();
        evaluation = new IndexEvaluation(IcdBooksFromFiles.search());
        readMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void everydayPhrasesReachTheGoals() throws IOException {
        List<IndexEvaluation.Case> cases = IndexEvaluation.everyday();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        Figures f = evaluation.run(cases, 2);
        print("everyday phrases", f);
        f.misses().forEach(m -> System.out.println("  miss: " + m));
        assertThat(f.top1Share()).as("top-1 %% on everyday phrases").isGreaterThanOrEqualTo(85.0);
        assertThat(f.top5Share()).as("top-5 %% on everyday phrases").isGreaterThanOrEqualTo(97.0);
        // Wall time on a shared build machine measures the machine's load; the CPU time a suggestion takes is the
        // figure that stays put, so that one is held to the goal (both are printed; the benchmark shows wall time).
        assertThat(f.latency().cpuP99()).as("suggestion CPU p99 ms").isLessThanOrEqualTo(50.0);
    }

    @Test
    void phrasesDerivedFromTheIndex() {
        Figures f = evaluation.run(IndexEvaluation.derived(IcdBooksFromFiles.books(), 500, 17), 2);
        print("derived from the Index (500 entries, seed 17)", f);
        assertThat(f.top5Share()).isGreaterThan(50.0);
    }

    @Test
    void typeAheadOverEveryBillableCode() {
        List<CodeTitle> all = IndexEvaluation.billableCodes(IcdBooksFromFiles.books().tabular());
        long t0 = System.nanoTime();
        TypeAhead typeAhead = new TypeAhead(all);
        long built = (System.nanoTime() - t0) / 1_000_000;
        Latencies l = IndexEvaluation.typeAhead(all, typeAhead, 4000, 2);
        System.out.printf(Locale.ROOT, "[eval] type-ahead over %,d billable FY2023 codes (built in %d ms), 4,000 "
                + "queries: wall p50 %.2f ms, p99 %.2f ms, CPU p99 %.2f ms%n", all.size(), built, l.p50(), l.p99(),
                l.cpuP99());
        assertThat(typeAhead.search("E11.6", 3)).extracting(CodeTitle::code).containsExactly("E11610", "E11618",
                "E11620");
        assertThat(l.cpuP99()).isLessThanOrEqualTo(20.0);
    }

    private static void print(String set, Figures f) {
        System.out.printf(Locale.ROOT, "[eval] %s: n=%d top-1 %.1f %% top-5 %.1f %%; suggestion wall p50 %.2f ms, "
                + "p99 %.2f ms, CPU p99 %.2f ms (books read from the XML files in %d ms)%n", set, f.n(),
                f.top1Share(), f.top5Share(), f.latency().p50(), f.latency().p99(), f.latency().cpuP99(), readMillis);
    }
}
