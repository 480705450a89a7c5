package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.infra.ClientCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.LogManager;

/** Entry point of {@code deploy/bench.sh}: checks the stack, measures the ceilings, runs the cycle, prints, verifies. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("rcm-bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchOptions.usage());
            return;
        }
        if (options.flag("chart")) {
            ResultsHistory.chart(Path.of(options.text("results-file")), Path.of(options.text("chart-file")));
            System.out.println("Chart of " + options.text("results-file") + " written to " + options.text("chart-file"));
            return;
        }
        if (options.flag("chaos")) {
            boolean passed = ChaosMain.run(options);
            System.out.println(passed ? "PASS" : "FAIL");
            System.exit(passed ? 0 : 1);
            return;
        }
        if (!options.instanceCounts().isEmpty()) {
            boolean passed = ScaleOutMain.run(options);
            System.out.println(passed ? "PASS" : "FAIL");
            System.exit(passed ? 0 : 1);
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        Http http = new Http(options.caCertificate(), new ClientCredentials(options.text("token-url"), options.text("client-id"),
                options.text("client-secret")), options.httpVersion());
        for (String url : List.of("code-url", "claim-url", "reimbursement-url").stream()
                .flatMap(service -> options.urls(service).stream()).map(base -> base + "/q/health/ready").toList()) {
            try {
                int status = http.get(url).statusCode();
                if (status != 200) {
                    throw new IllegalStateException("answered " + status);
                }
            } catch (Exception e) {
                System.err.println("rcm-bench: " + url + " is not ready (" + e.getMessage()
                        + "); start the stack first (deploy/run.sh)");
                System.exit(2);
                return;
            }
        }
        if (!options.flag("via-sftp") && PayerSimulatorProbe.listening(options.integer("payer-simulator-port"))) {
            System.err.println("rcm-bench: the payer simulator is running (127.0.0.1:"
                    + options.text("payer-simulator-port") + "): it pays the claims it receives by SFTP, so the"
                    + " bench's own remittances would post a second time; restart the stack with"
                    + " deploy/run.sh --no-payer-simulator, or run the bench with --via-sftp");
            System.exit(2);
            return;
        }
        List<String> notes = new ArrayList<>();
        ProcessStats stats = new ProcessStats();
        trackServices(stats, options.dataDir(), Map.of("code-service", options.urls("code-url"), "claim-service",
                options.urls("claim-url"), "reimbursement-service", options.urls("reimbursement-url")), notes);
        stats.trackListener("kafka (launcher JVM)", Integer.parseInt(options.text("kafka")
                .replaceAll(".*:", "").replaceAll(",.*", "")), false, notes);
        stats.trackListener("postgresql (all backends)", port(options.text("jdbc").replace("jdbc:", "")), true, notes);
        trackTheRest(stats, options, notes);

        Report report = new Report(notes);
        boolean pass = measure(options, mapper, http, stats, report);
        if (options.flag("record")) {
            record(options, report, pass);
        }
        System.out.println(pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }

    /** The ceilings (unless --skip-ceilings), then one cycle; its figures go into the report. True on PASS. */
    static boolean measure(BenchOptions options, ObjectMapper mapper, Http http, ProcessStats stats, Report report)
            throws Exception {
        PostgresCeiling postgres = new PostgresCeiling(options.text("jdbc"), options.text("jdbc-user"),
                options.jdbcPassword());
        if (!options.flag("skip-ceilings")) {
            System.out.println("Measuring the ceilings (PostgreSQL single-row commits, Kafka produce/consume) and"
                    + " the host's CPU speed...");
            report.cpuReference(CpuReference.measure());
            report.postgresCeiling(postgres.commitsPerSecond(options.integer("ceiling-threads"),
                    options.integer("ceiling-seconds")));
            report.kafkaCeiling(new KafkaCeiling(options.kafkaClient()).measure(options.integer("ceiling-records")));
        }
        int warmup = options.integer("warmup");
        if (warmup > 0) {
            System.out.printf("Warming up: a whole cycle of %d encounters first, checked but not reported...%n",
                    warmup);
            long start = System.currentTimeMillis();
            try (EventWatcher events = new EventWatcher(options.kafkaClient(), mapper)) {
                Cycle cycle = new Cycle(options, mapper, http, events, stats, postgres, Report.silent(), warmup);
                if (!cycle.run()) {
                    System.out.println("  the warm-up failed its checks; nothing measured:");
                    cycle.failures().forEach(f -> System.out.println("  " + f));
                    return false;
                }
            }
            System.out.printf("  warm-up passed in %.0f s; now the measured cycle%n",
                    (System.currentTimeMillis() - start) / 1e3);
            report.warmedUp();
        }
        try (EventWatcher events = new EventWatcher(options.kafkaClient(), mapper)) {
            return new Cycle(options, mapper, http, events, stats, postgres, report).run();
        }
    }

    private static void record(BenchOptions options, Report report, boolean pass) {
        Path results = Path.of(options.text("results-file"));
        try {
            ResultsHistory.append(results, report.result(ResultsHistory.commit(), ResultsHistory.machine(),
                    noteOf(options), options.integer("encounters"), pass ? "PASS" : "FAIL"));
            ResultsHistory.chart(results, Path.of(options.text("chart-file")));
            System.out.println("Recorded in " + results + "; chart " + options.text("chart-file"));
        } catch (IOException e) {
            System.out.println("Could not record the run in " + results + ": " + e.getMessage());
        }
    }

    /** The run's note in the results file; a warm run says so, since its figures do not compare with cold ones. */
    static String noteOf(BenchOptions options) {
        int warmup = options.integer("warmup");
        String note = options.text("note");
        if (warmup <= 0) {
            return note;
        }
        String warm = BenchResult.AFTER_WARM_UP + warmup + " encounters";
        return note.isBlank() ? warm : note + "; " + warm;
    }

    /**
     * Follows every copy of each service: the first by the launcher's {@code run/<service>.pid}, copy N by
     * {@code run/<service>-N.pid} (else by the process listening on its port); all count in CPU per claim.
     */
    static void trackServices(ProcessStats stats, Path dataDir, Map<String, List<String>> urlsByService, List<String> notes) {
        for (String service : List.of("code-service", "claim-service", "reimbursement-service")) {
            List<String> urls = urlsByService.getOrDefault(service, List.of());
            for (int i = 0; i < urls.size(); i++) {
                String name = i == 0 ? service : service + "-" + (i + 1);
                stats.trackService(name, dataDir.resolve("run/" + name + ".pid"), port(urls.get(i)), notes);
            }
        }
    }

    static final String DASHBOARD = "dashboard";
    static final String IDENTITY_PROVIDER = "identity provider";

    /**
     * The stack's other processes, which work for every claim too: the dashboard projects each status change, the
     * identity provider answers the services' token requests. CPU per claim sums every process the bench finds.
     */
    static void trackTheRest(ProcessStats stats, BenchOptions options, List<String> notes) {
        stats.trackService(DASHBOARD, options.dataDir().resolve("run/" + DASHBOARD + ".pid"),
                options.integer("dashboard-port"), notes);
        stats.trackListener(IDENTITY_PROVIDER + " (Keycloak)", port(options.text("token-url")), false, notes);
    }

    static int port(String url) {
        URI uri = URI.create(url);
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    // Plain java.util.logging: the Kafka client speaks only for warnings.
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream config = Bench.class.getResourceAsStream("/rcm-bench-logging.properties")) {
            if (config != null) {
                LogManager.getLogManager().readConfiguration(config);
            }
        } catch (IOException e) {
            System.err.println("rcm-bench: default logging (" + e.getMessage() + ")");
        }
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new TreeMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
        return d;
    }
}
