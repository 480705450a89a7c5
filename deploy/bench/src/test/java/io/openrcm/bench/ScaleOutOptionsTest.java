package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** --instances (a scale-out run on stacks of its own), several URLs per service, and the side-by-side figures. */
class ScaleOutOptionsTest {

    @Test
    void withoutInstancesTheBenchUsesTheRunningStack() {
        BenchOptions options = BenchOptions.parse(new String[0], Map.of());

        assertThat(options.instanceCounts()).isEmpty();
        assertThat(options.urls("code-url")).containsExactly("https://127.0.0.1:8081");
    }

    @Test
    void takesTheNumbersOfInstancesToCompareInOrder() {
        assertThat(BenchOptions.parse(new String[] {"--instances=1,2"}, Map.of()).instanceCounts()).containsExactly(1, 2);
        assertThat(BenchOptions.parse(new String[] {"--instances= 2"}, Map.of()).instanceCounts()).containsExactly(2);
        assertThat(BenchOptions.parse(new String[] {"--instances=1, 2, 4"}, Map.of()).instanceCounts()).containsExactly(1, 2, 4);
    }

    @Test
    void refusesImpossibleNumbersOfInstancesAndMixingWithChaos() {
        for (String bad : List.of("--instances=0", "--instances=9", "--instances=1,x", "--instances=two", "--instances=-1")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> BenchOptions.parse(new String[] {bad}, Map.of()))
                    .withMessageContaining("--instances");
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchOptions.parse(new String[] {"--instances=1,2", "--chaos"}, Map.of()))
                .withMessageContaining("--chaos");
    }

    @Test
    void sendsTheLoadRoundRobinOverEveryCopyAndChecksThroughTheFirst() {
        BenchOptions options = BenchOptions.parse(new String[] {
                "--code-url=https://127.0.0.1:8081, https://127.0.0.1:8085"}, Map.of());
        RoundRobin urls = new RoundRobin(options.urls("code-url"));

        assertThat(options.url("code-url")).isEqualTo("https://127.0.0.1:8081");
        assertThat(IntStream.range(0, 5).mapToObj(i -> urls.next())).containsExactly("https://127.0.0.1:8081",
                "https://127.0.0.1:8085", "https://127.0.0.1:8081", "https://127.0.0.1:8085", "https://127.0.0.1:8081");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(new String[] {"--claim-url=,"}, Map.of()))
                .withMessageContaining("--claim-url");
    }

    @Test
    void passesTheUsersLoadOptionsOnToEveryCycleButNotTheStacksAddresses() {
        BenchOptions options = BenchOptions.parse(new String[] {"--instances=1,2", "--encounters=2000", "--rate=50",
                "--code-url=https://elsewhere:1", "--remit-format=json"}, Map.of());

        List<String> passed = ScaleOutMain.passedOn(options);

        assertThat(passed).contains("--encounters=2000", "--rate=50", "--remit-format=json", "--seed=42");
        assertThat(passed).noneMatch(a -> a.startsWith("--code-url") || a.startsWith("--kafka") || a.startsWith("--jdbc")
                || a.startsWith("--instances") || a.startsWith("--data-dir"));
        // What a cycle gets must parse as the cycle's own options.
        assertThat(BenchOptions.parse(passed.toArray(String[]::new), Map.of()).integer("encounters")).isEqualTo(2000);
    }

    @Test
    void printsEachRunsFiguresOnItsOwnLine() {
        Map<Integer, BenchResult> results = new LinkedHashMap<>();
        results.put(1, result(410.5, 1200.0, 0.84, 2.4, "PASS"));
        results.put(2, result(388.0, null, 1.2, 2.9, "FAIL"));

        String table = ScaleOutMain.comparison(results);

        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("instances", "encounters/s", "payments/s", "CPU ms/claim");
        assertThat(lines.get(2)).startsWith("1 ").contains("410.5", "1200.0", "0.8", "2.4", "PASS");
        assertThat(lines.get(3)).startsWith("2 ").contains("388.0", " - ", "1.2", "2.9", "FAIL");
    }

    private static BenchResult result(Double encounters, Double payments, Double p99, Double cpuPerClaim, String verdict) {
        return new BenchResult("2026-12-02", "", "", "", 1000, encounters, payments, p99, cpuPerClaim, 1.0, "", "", "",
                null, null, verdict);
    }
}
