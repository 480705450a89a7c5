package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --warmup, the note a warm run records, and the JIT compiler threads' share of a phase's CPU. */
class WarmupTest {

    @Test
    void aColdRunIsTheDefaultAndItsNoteStaysAsGiven() {
        BenchOptions options = BenchOptions.parse(new String[] {"--note=flat out"}, Map.of());

        assertThat(options.integer("warmup")).isZero();
        assertThat(Bench.noteOf(options)).isEqualTo("flat out");
    }

    @Test
    void aWarmRunSaysSoInItsNote() {
        assertThat(Bench.noteOf(BenchOptions.parse(new String[] {"--warmup=3000", "--note=flat out"}, Map.of())))
                .isEqualTo("flat out; after a warm-up cycle of 3000 encounters");
        assertThat(Bench.noteOf(BenchOptions.parse(new String[] {"--warmup=3000"}, Map.of())))
                .isEqualTo("after a warm-up cycle of 3000 encounters");
        assertThat(BenchOptions.usage()).contains("--warmup=N");
    }

    @Test
    void theCompilerThreadsOfThisJvmHaveUsedCpu() {
        // This test JVM has compiled code by now (JUnit, AssertJ): its C1/C2 threads show CPU in /proc.
        long pid = ProcessHandle.current().pid();
        assertThat(ProcessStats.compilerTicks(pid)).isPositive();
        assertThat(ProcessStats.compilerTicks(Long.MAX_VALUE)).isZero();
    }

    @Test
    void theReportSaysHowMuchOfEachPhaseWentToTheJitPerProcess() {
        Map<String, ProcessStats.Sample> s0 = new LinkedHashMap<>();
        Map<String, ProcessStats.Sample> s1 = new LinkedHashMap<>();
        Map<String, ProcessStats.Sample> s2 = new LinkedHashMap<>();
        s0.put("code-service", new ProcessStats.Sample(10, 200, 200, 4.0));
        s1.put("code-service", new ProcessStats.Sample(16, 240, 230, 5.2));
        s2.put("code-service", new ProcessStats.Sample(16.5, 240, 230, 5.3));
        s0.put("kafka (launcher JVM)", new ProcessStats.Sample(3, 400, 400, 1.0));
        s1.put("kafka (launcher JVM)", new ProcessStats.Sample(8, 420, 420, 3.5));
        s2.put("kafka (launcher JVM)", new ProcessStats.Sample(9, 420, 420, 3.5));
        s0.put("postgresql (all backends)", new ProcessStats.Sample(1, 40, 40, 0));
        s1.put("postgresql (all backends)", new ProcessStats.Sample(7, 40, 40, 0));
        s2.put("postgresql (all backends)", new ProcessStats.Sample(9, 40, 40, 0));
        Report report = Report.silent();

        String line = report.jitLine(s0, s1, s2);

        assertThat(line).contains("encounter phase 3.7 s").contains("(code-service 1.2, kafka 2.5)")
                .contains("remittance phase 0.1 s").contains("--warmup=N");
        report.warmedUp();
        assertThat(report.jitLine(s0, s1, s2)).doesNotContain("--warmup");
    }
}
