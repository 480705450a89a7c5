package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.infra.ClientCredentials;
import io.openrcm.launcher.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's revenue cycle against a stack while {@link ChaosDriver} kills, restarts and scales its parts; then
 * the benchmark's verification (exactly one claim per accepted encounter, every posting once, money to the cent),
 * nothing parked, no reconciliation difference, and the time to recover from each fault. Used by
 * {@code deploy/bench.sh --chaos} and by the chaos system test.
 */
public final class ChaosRun {

    /** How long a (re)started service may take to be ready: minutes on a loaded 2-core machine. */
    public static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(5);

    /** A POST is retried for this long while its service or the database is away. */
    private static final Duration RETRY_FOR = Duration.ofMinutes(10);

    /**
     * How a run goes.
     *
     * @param encounters encounters posted (their remittances follow)
     * @param killsPerService SIGKILLs of each of the three services
     * @param minGapSeconds shortest pause before a fault
     * @param maxGapSeconds longest pause before a fault
     * @param seed seeds the fault order and the pauses
     * @param benchArguments further benchmark options (--name=value), e.g. --concurrency=2
     */
    public record Settings(int encounters, int killsPerService, int minGapSeconds, int maxGapSeconds, long seed,
            List<String> benchArguments) {
    }

    /**
     * What a run found.
     *
     * @param failures every problem (empty means PASS)
     * @param recoveries each fault, in order, with its recovery times
     */
    public record Result(List<String> failures, List<Recovery> recoveries) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private ChaosRun() {
    }

    /** Runs the cycle with the faults against a started stack and returns the verdict; prints as it goes. */
    public static Result run(Stack stack, Settings settings) throws Exception {
        return run(stack, settings, Fault.plan(settings.killsPerService(), settings.seed()));
    }

    /** Like {@link #run(Stack, Settings)} with the given faults, in that order (killsPerService is not used). */
    public static Result run(Stack stack, Settings settings, List<Fault> plan) throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        Fault.SERVICES.forEach(s -> urls.put(s, stack.service(s).baseUrl()));
        List<String> args = new ArrayList<>(List.of("--code-url=" + urls.get("code-service"),
                "--claim-url=" + urls.get("claim-service"), "--reimbursement-url=" + urls.get("reimbursement-service"),
                "--kafka=" + stack.kafkaBootstrapServers(), "--jdbc=" + stack.jdbcUrl("postgres"),
                "--jdbc-user=" + stack.postgresUsername(), "--jdbc-password=" + stack.postgresPassword(),
                "--data-dir=" + stack.options().dataDir(), "--encounters=" + settings.encounters(),
                "--skip-ceilings=true", "--idle-timeout=240"));
        args.addAll(settings.benchArguments());
        BenchOptions options = BenchOptions.parse(args.toArray(String[]::new), Map.of());
        ObjectMapper mapper = new ObjectMapper();
        Http http = Http.retryingFor(RETRY_FOR, stack.caCertificate(), credentials(stack));
        List<String> notes = new ArrayList<>(List.of("chaos run: CPU and RSS are those of the first process of each"
                + " service (a killed one stops counting)"));
        ProcessStats stats = new ProcessStats();
        urls.forEach((name, url) -> stats.trackService(name, options.dataDir().resolve("run/" + name + ".pid"),
                Bench.port(url), notes));
        System.out.printf("Chaos run: %d encounters; %d faults, %d-%d s apart: %s%n", settings.encounters(),
                plan.size(), settings.minGapSeconds(), settings.maxGapSeconds(),
                plan.stream().map(Fault::describe).toList());
        ChaosDriver driver = new ChaosDriver(stack, plan, settings.seed(), settings.minGapSeconds(),
                settings.maxGapSeconds());
        List<String> failures = new ArrayList<>();
        List<Recovery> recoveries;
        try (EventWatcher events = new EventWatcher(options.kafkaClient(), mapper)) {
            PostgresCeiling postgres = new PostgresCeiling(options.text("jdbc"), options.text("jdbc-user"),
                    options.text("jdbc-password"));
            Cycle cycle = new Cycle(options, mapper, http, events, stats, postgres, new Report(notes))
                    .beforeVerifying(driver::awaitDone);
            driver.start();
            cycle.run();
            failures.addAll(cycle.failures());
            System.out.println("Checking: nothing parked, no reconciliation difference...");
            failures.addAll(new ChaosChecks(http, mapper).check(urls, urls.get("reimbursement-service")));
            recoveries = withProgress(driver.recoveries(), events);
        }
        print(recoveries, driver.runStart(), plan.size(), failures);
        return new Result(List.copyOf(failures), recoveries);
    }

    // The dev realm's all-roles bench client of the stack's own Keycloak.
    static ClientCredentials credentials(Stack stack) {
        return new ClientCredentials(stack.tokenEndpoint(), "openrcm-bench", "dev-openrcm-bench-secret");
    }

    private static List<Recovery> withProgress(List<Recovery> recoveries, EventWatcher events) {
        return recoveries.stream().map(r -> {
            long resumed = events.firstArrivalAfter(r.readyAt());
            long until = resumed < 0 ? r.readyAt() : resumed;
            return new Recovery(r.fault(), r.startedAt(), r.healedAt(), r.readyAt(), r.underLoad(), resumed,
                    events.longestGap(r.startedAt(), until));
        }).toList();
    }

    private static void print(List<Recovery> recoveries, long runStart, int planned, List<String> failures) {
        System.out.println();
        System.out.println("== Faults and recovery (time into the run, fault, load or idle, time to ready again)");
        recoveries.forEach(r -> System.out.println(r.line(runStart)));
        if (recoveries.size() != planned) {
            failures.add("only " + recoveries.size() + " of " + planned + " faults were injected");
        }
        long[] ready = recoveries.stream().mapToLong(Recovery::readyAfterMillis).toArray();
        if (ready.length > 0) {
            System.out.println("  time to ready again: " + Percentiles.of(ready).summary());
        }
        failures.stream().limit(20).forEach(f -> System.out.println("  FAIL: " + f));
    }
}
