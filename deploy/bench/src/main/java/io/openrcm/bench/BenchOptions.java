package io.openrcm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.openrcm.infra.KafkaCredentials;
import java.util.TreeMap;

/** The benchmark's command line: {@code --name=value} options over defaults for the local stack of deploy/run.sh. */
final class BenchOptions {

    private static final Map<String, String> DEFAULTS = new TreeMap<>(Map.ofEntries(
            Map.entry("code-url", "https://127.0.0.1:8081"),
            Map.entry("claim-url", "https://127.0.0.1:8082"),
            Map.entry("reimbursement-url", "https://127.0.0.1:8083"),
            Map.entry("kafka", "127.0.0.1:9092"),
            // The bench's own principal (deploy/infra KafkaAccessTable: reads the claim topics, owns rcm.bench.* scratch
            // topics); PLAINTEXT for a broker without security.
            Map.entry("kafka-user", "rcm-bench"),
            Map.entry("kafka-security", "SASL_SSL"),
            // The dev realm's all-roles bench client (deploy/keycloak); a real provider: --client-id and RCM_BENCH_CLIENT_SECRET.
            Map.entry("token-url", "http://127.0.0.1:8180/realms/openrcm/protocol/openid-connect/token"),
            Map.entry("client-id", "openrcm-bench"),
            Map.entry("jdbc", "jdbc:postgresql://127.0.0.1:15432/postgres"),
            Map.entry("jdbc-user", "postgres"),
            Map.entry("data-dir", ".rcm-data"),
            Map.entry("encounters", "10000"),
            Map.entry("rate", "0"),
            Map.entry("batch-size", "100"),
            Map.entry("single-share", "0.1"),
            Map.entry("concurrency", "4"),
            Map.entry("fail-share", "0.05"),
            Map.entry("secondary-share", "0"),
            Map.entry("partial-share", "0.10"),
            Map.entry("denied-share", "0.10"),
            Map.entry("reversed-share", "0.03"),
            Map.entry("claims-per-remittance", "250"),
            Map.entry("remit-concurrency", "2"),
            Map.entry("remit-format", "x12"),
            Map.entry("ceiling-seconds", "5"),
            Map.entry("ceiling-threads", "8"),
            Map.entry("ceiling-records", "200000"),
            Map.entry("skip-ceilings", "false"),
            Map.entry("idle-timeout", "60"),
            Map.entry("seed", "42"),
            Map.entry("chaos", "false"),
            Map.entry("chaos-data-dir", ".rcm-chaos"),
            Map.entry("kills-per-service", "2"),
            Map.entry("chaos-min-gap", "3"),
            Map.entry("chaos-max-gap", "12"),
            Map.entry("record", "true"),
            Map.entry("note", ""),
            Map.entry("results-file", "deploy/bench/results.csv"),
            Map.entry("chart-file", "deploy/bench/results.svg"),
            Map.entry("chart", "false"),
            Map.entry("via-sftp", "false"),
            Map.entry("mailbox", ""),
            Map.entry("payer-quiet", "30")));

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    static BenchOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> values = new TreeMap<>(DEFAULTS);
        values.put("client-secret", environment.getOrDefault("RCM_BENCH_CLIENT_SECRET", "dev-openrcm-bench-secret"));
        if (environment.containsKey("RCM_BENCH_KAFKA_PASSWORD")) {
            values.put("kafka-password", environment.get("RCM_BENCH_KAFKA_PASSWORD"));
        }
        if (environment.containsKey("RCM_PG_PASSWORD")) {
            values.put("jdbc-password", environment.get("RCM_PG_PASSWORD"));
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                values.put("help", "true");
                continue;
            }
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, eq < 0 ? arg.length() : eq) : "";
            if (!DEFAULTS.containsKey(name) && !name.equals("jdbc-password") && !name.equals("client-secret")
                    && !name.equals("kafka-password")) {
                throw new IllegalArgumentException("Unknown option: " + arg + " (see --help)");
            }
            values.put(name, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        BenchOptions options = new BenchOptions(values);
        options.check();
        return options;
    }

    private void check() {
        if (!text("remit-format").equals("x12") && !text("remit-format").equals("json")) {
            throw new IllegalArgumentException("--remit-format must be x12 or json");
        }
        if (integer("batch-size") < 1 || integer("batch-size") > 500) {
            throw new IllegalArgumentException("--batch-size must be 1 to 500 (the batch endpoint's limit)");
        }
        if (share("partial-share") + share("denied-share") + share("reversed-share") > 1) {
            throw new IllegalArgumentException("--partial-share, --denied-share and --reversed-share add up to more than 1");
        }
        share("fail-share");
        share("secondary-share");
        share("single-share");
        if (integer("chaos-min-gap") < 0 || integer("chaos-max-gap") < integer("chaos-min-gap")) {
            throw new IllegalArgumentException("--chaos-min-gap must be 0 or more and at most --chaos-max-gap");
        }
    }

    boolean help() {
        return values.containsKey("help");
    }

    String text(String name) {
        return values.getOrDefault(name, "");
    }

    int integer(String name) {
        try {
            return Integer.parseInt(text(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number, got " + text(name));
        }
    }

    double share(String name) {
        double value;
        try {
            value = Double.parseDouble(text(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number, got " + text(name));
        }
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("--" + name + " must be between 0 and 1, got " + value);
        }
        return value;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }

    /**
     * The superuser's password: --jdbc-password, RCM_PG_PASSWORD, or the one the launcher generated and keeps in the
     * data directory (secrets/postgres-superuser).
     */
    String jdbcPassword() throws IOException {
        if (values.containsKey("jdbc-password")) {
            return values.get("jdbc-password");
        }
        Path kept = dataDir().resolve("secrets").resolve("postgres-superuser");
        return Files.isRegularFile(kept) ? Files.readString(kept).trim() : "";
    }

    /**
     * How the bench's Kafka clients connect: as --kafka-user with --kafka-password, RCM_BENCH_KAFKA_PASSWORD or the
     * password the launcher keeps in the data directory (secrets/kafka-rcm-bench), trusting the stack's CA.
     */
    Map<String, Object> kafkaClient() throws IOException {
        String bootstrap = text("kafka");
        if (text("kafka-security").equals("PLAINTEXT")) {
            return new HashMap<>(Map.of("bootstrap.servers", bootstrap));
        }
        String password = values.get("kafka-password");
        if (password == null) {
            Path kept = dataDir().resolve("secrets").resolve("kafka-" + text("kafka-user"));
            if (!Files.isRegularFile(kept)) {
                throw new IllegalArgumentException("No Kafka password for " + text("kafka-user") + ": none in " + kept
                        + "; give --kafka-password (or RCM_BENCH_KAFKA_PASSWORD), or --kafka-security=PLAINTEXT");
            }
            password = Files.readString(kept).trim();
        }
        return new KafkaCredentials(text("kafka-user"), password, caCertificate()).clientProperties(bootstrap);
    }

    /** The local stack's CA certificate, which the services' HTTPS certificates chain to. */
    Path caCertificate() {
        return dataDir().resolve("tls").resolve("ca.pem");
    }

    Path dataDir() {
        return Path.of(text("data-dir"));
    }

    static String usage() {
        StringBuilder out = new StringBuilder("""
                Usage: deploy/bench.sh [--name=value ...]

                Posts generated encounters, waits for their claims, posts 835 remittances for them, waits until every
                claim is final, verifies nothing was lost or doubled, and prints throughput, latency, CPU and memory
                per service, and the PostgreSQL and Kafka ceilings measured in the same run. Exit code 1 on FAIL.
                --rate=N paces single POSTs at N encounters per second (for the latency target) instead of going
                flat out with --concurrency workers.

                --chaos starts a stack of its own (embedded PostgreSQL and Kafka, the three services, free loopback
                ports, data in --chaos-data-dir, wiped first) and, while the cycle runs, kills each service with
                SIGKILL --kills-per-service times and starts it again, restarts the broker and PostgreSQL once each,
                and starts and stops a second instance of each service, --chaos-min-gap to --chaos-max-gap seconds
                apart; then it also checks that nothing is parked and GET /reconciliation names no difference, and
                prints the time to recover from each fault. The URL, Kafka and JDBC options do not apply.

                --via-sftp posts no remittance: claim-service sends the claims' 837P files by SFTP to the payer
                simulator of deploy/run.sh, which answers with 999, 277CA and, after its delay, 835 files that
                reimbursement-service takes from the mailbox. The run waits until every claim was rejected or paid and
                no new 835 came for --payer-quiet seconds (reversals come one payer cycle later), reads the 835s from
                --mailbox (default <data-dir>/payer-simulator/home) and verifies and reports them as if it had posted
                them; the --*-share options of the remittances do not apply (the simulator's rules decide).

                Every plain run appends its figures (date, commit, machine, --note, throughput, CPU ms per claim and
                per payment, CPU s per phase, peak RSS, ceilings, verdict) to --results-file and redraws --chart-file
                (SVG) from it; --record=false skips both. --chart alone only redraws the chart and needs no stack.

                Options and defaults:
                """);
        DEFAULTS.forEach((name, value) -> out.append(String.format("  --%-24s %s%n", name + "=", value)));
        out.append("  --jdbc-password=          (default from RCM_PG_PASSWORD, else <data-dir>/secrets/postgres-superuser)\n");
        out.append("  --client-secret=          (default from RCM_BENCH_CLIENT_SECRET, else the dev realm's)\n");
        out.append("  --kafka-password=         (default from RCM_BENCH_KAFKA_PASSWORD, else <data-dir>/secrets/kafka-<kafka-user>)\n");
        return out.toString();
    }
}
