package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.infra.FreePorts;
import io.openrcm.launcher.RepoRoot;
import io.openrcm.launcher.ServiceProcess;
import io.openrcm.launcher.ServiceSpec;
import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code deploy/bench.sh --instances=1,2}: the same cycle against fresh stacks of its own, one per number of copies of
 * each service (the launcher's {@link Stack} in this JVM, free ports, --scale-data-dir/instances-N wiped first, the
 * load round-robin over the copies), then every run's headline figures side by side.
 */
final class ScaleOutMain {

    /** The options a scale-out run passes on to each cycle as given (the stack's URLs, Kafka and JDBC it sets itself). */
    static final List<String> PASSED_ON = List.of("encounters", "rate", "http", "batch-size", "single-share", "concurrency",
            "fail-share", "secondary-share", "partial-share", "denied-share", "reversed-share", "claims-per-remittance",
            "remit-concurrency", "remit-format", "ceiling-seconds", "ceiling-threads", "ceiling-records",
            "skip-ceilings", "idle-timeout", "seed");

    private ScaleOutMain() {
    }

    static boolean run(BenchOptions options) throws Exception {
        Map<Integer, BenchResult> results = new LinkedHashMap<>();
        boolean passed = true;
        for (int instances : options.instanceCounts()) {
            System.out.printf("%n===== %d instance(s) of each service =====%n", instances);
            try (Stack stack = Stack.start(stackOptions(options, instances))) {
                Thread stop = new Thread(stack::close, "rcm-scale-out-stop");
                Runtime.getRuntime().addShutdownHook(stop);
                BenchOptions cycle = BenchOptions.parse(cycleArguments(options, stack).toArray(String[]::new), Map.of());
                List<String> notes = new ArrayList<>(List.of(instances + " instance(s) of each service; Kafka runs in"
                        + " this bench JVM and is not counted"));
                ProcessStats stats = new ProcessStats();
                Bench.trackServices(stats, stack.options().dataDir(), urlsByService(stack), notes);
                stats.trackListener("postgresql (all backends)", Bench.port(stack.jdbcUrl("postgres").replace("jdbc:", "")),
                        true, notes);
                Report report = new Report(notes);
                Http http = new Http(stack.caCertificate(), ChaosRun.credentials(stack), cycle.httpVersion());
                boolean pass = Bench.measure(cycle, new ObjectMapper(), http, stats, report);
                passed &= pass;
                results.put(instances, report.result("", "", "instances=" + instances, cycle.integer("encounters"),
                        pass ? "PASS" : "FAIL"));
                Runtime.getRuntime().removeShutdownHook(stop);
            }
        }
        System.out.println();
        System.out.println(comparison(results));
        return passed;
    }

    static StackOptions stackOptions(BenchOptions options, int instances) {
        List<ServiceSpec> services = ServiceSpec.defaults().stream().filter(spec -> Fault.SERVICES.contains(spec.name()))
                .map(spec -> spec.withPort(FreePorts.pick())).toList();
        return StackOptions.builder(RepoRoot.locate())
                .dataDir(Path.of(options.text("scale-data-dir")).resolve("instances-" + instances)).reset(true)
                .services(services).instances(instances).instancePortsFrom(0)
                .kafkaPort(0).postgresPort(0).keycloakPort(0).readyTimeout(ChaosRun.SERVICE_READY_TIMEOUT).build();
    }

    /** The cycle's options: every copy's URL of each service (comma-separated), the stack's Kafka, JDBC and secrets. */
    static List<String> cycleArguments(BenchOptions options, Stack stack) {
        Map<String, List<String>> urls = urlsByService(stack);
        List<String> args = new ArrayList<>(List.of(
                "--code-url=" + String.join(",", urls.get("code-service")),
                "--claim-url=" + String.join(",", urls.get("claim-service")),
                "--reimbursement-url=" + String.join(",", urls.get("reimbursement-service")),
                "--kafka=" + stack.kafkaBootstrapServers(), "--jdbc=" + stack.jdbcUrl("postgres"),
                "--jdbc-user=" + stack.postgresUsername(), "--jdbc-password=" + stack.postgresPassword(),
                "--token-url=" + stack.tokenEndpoint(), "--data-dir=" + stack.options().dataDir(), "--record=false"));
        args.addAll(passedOn(options));
        return args;
    }

    /** The user's options that every cycle of the run gets unchanged. */
    static List<String> passedOn(BenchOptions options) {
        return PASSED_ON.stream().map(name -> "--" + name + "=" + options.text(name)).toList();
    }

    private static Map<String, List<String>> urlsByService(Stack stack) {
        Map<String, List<String>> urls = new LinkedHashMap<>();
        for (String service : Fault.SERVICES) {
            urls.put(service, stack.runningInstancesOf(service).stream().map(ServiceProcess::baseUrl).toList());
        }
        return urls;
    }

    /** The runs' headline figures side by side, one line per number of instances. */
    static String comparison(Map<Integer, BenchResult> results) {
        String header = String.format(Locale.ROOT, "%-10s %13s %11s %17s %13s %15s  %s", "instances", "encounters/s",
                "payments/s", "p99 submitted s", "CPU ms/claim", "CPU ms/payment", "verdict");
        return "== Scale-out: the same cycle with N instances of each service" + System.lineSeparator() + header
                + System.lineSeparator() + results.entrySet().stream().map(e -> String.format(Locale.ROOT,
                        "%-10d %13s %11s %17s %13s %15s  %s", e.getKey(), figure(e.getValue().encountersPerSecond()),
                        figure(e.getValue().paymentsPerSecond()), figure(e.getValue().p99SubmittedSeconds()),
                        figure(e.getValue().cpuMsPerClaim()), figure(e.getValue().cpuMsPerPayment()),
                        e.getValue().verdict())).collect(Collectors.joining(System.lineSeparator()));
    }

    private static String figure(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
