package io.openrcm.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
            // A cycle of this many encounters (remittances and checks included) before the measured one, unreported.
            Map.entry("warmup", "0"),
            Map.entry("rate", "0"),
            // auto: HTTP/2 for paced single POSTs (one multiplexed connection), HTTP/1.1 otherwise; or 1.1 or 2.
            Map.entry("http", "auto"),
            // json: POST /encounters and /encounters/batch; mllp: HL7 v2 DFT^P03 over code-service's MLLP port.
            Map.entry("intake", "json"),
            Map.entry("mllp-host", "127.0.0.1"),
            Map.entry("mllp-port", "2575"),
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
            Map.entry("wal-by-table", "false"),
            Map.entry("record", "true"),
            Map.entry("note", ""),
            Map.entry("results-file", "deploy/bench/results.csv"),
            Map.entry("chart-file", "deploy/bench/results.svg"),
            Map.entry("chart", "false"),
            Map.entry("instances", ""),
            Map.entry("scale-data-dir", ".rcm-scale"),
            Map.entry("via-sftp", "false"),
            Map.entry("mailbox", ""),
            Map.entry("payer-quiet", "30"),
            Map.entry("payer-simulator-port", "10022"),
            Map.entry("dashboard-port", "8084")));

    /** Most copies of a service a scale-out run starts (the launcher's limit). */
    static final int MAX_INSTANCES = 8;

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
        if (!text("intake").equals("json") && !text("intake").equals("mllp")) {
            throw new IllegalArgumentException("--intake must be json or mllp");
        }
        if (text("intake").equals("mllp") && !text("rate").equals("0")) {
            throw new IllegalArgumentException("--intake=mllp sends flat out (one connection per --concurrency worker);"
                    + " leave --rate at 0");
        }
        httpVersion();
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
        instanceCounts();
        for (String url : List.of("code-url", "claim-url", "reimbursement-url")) {
            if (urls(url).isEmpty()) {
                throw new IllegalArgumentException("--" + url + " needs at least one URL");
            }
        }
        if (integer("chaos-min-gap") < 0 || integer("chaos-max-gap") < integer("chaos-min-gap")) {
            throw new IllegalArgumentException("--chaos-min-gap must be 0 or more and at most --chaos-max-gap");
        }
    }

    /**
     * The HTTP version of the bench's requests: --http=1.1 or 2; auto (the default) is HTTP/2 when --rate paces single
     * POSTs, so that a request sent while earlier ones wait shares their connection instead of opening one of its own
     * (an HTTP/1.1 client that does so spends the stack's CPU on TLS handshakes), and HTTP/1.1 otherwise.
     */
    HttpClient.Version httpVersion() {
        return switch (text("http")) {
            case "1.1" -> HttpClient.Version.HTTP_1_1;
            case "2" -> HttpClient.Version.HTTP_2;
            case "auto" -> Double.parseDouble(text("rate")) > 0 ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
            default -> throw new IllegalArgumentException("--http must be auto, 1.1 or 2, got " + text("http"));
        };
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

    /**
     * The base URLs of one service's copies (--code-url=https://127.0.0.1:8081,https://127.0.0.1:8085): the load
     * goes round-robin over them; checks and reads use the first.
     */
    List<String> urls(String name) {
        return Arrays.stream(text(name).split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
    }

    /** The first of {@link #urls}. */
    String url(String name) {
        return urls(name).get(0);
    }

    /**
     * --instances=1,2: the copies of each service of the stacks a scale-out run starts, one stack after the other;
     * empty without the option (the run uses the running stack).
     */
    List<Integer> instanceCounts() {
        List<Integer> counts = new ArrayList<>();
        for (String part : text("instances").split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--instances needs whole numbers separated by commas (e.g. 1,2), got "
                        + text("instances"));
            }
            if (n < 1 || n > MAX_INSTANCES) {
                throw new IllegalArgumentException("--instances: each number must be 1 to " + MAX_INSTANCES + ", got " + n);
            }
            counts.add(n);
        }
        if (!counts.isEmpty() && flag("chaos")) {
            throw new IllegalArgumentException("--instances and --chaos each start stacks of their own: give one of them");
        }
        return List.copyOf(counts);
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
                CPU per claim sums every process of the stack found on this machine: the three services, Kafka,
                PostgreSQL, the dashboard (run/dashboard.pid, else --dashboard-port) and the identity provider (what
                listens on --token-url's port).
                --rate=N paces single POSTs at N encounters per second (for the latency target) instead of going
                flat out with --concurrency workers; they go over HTTP/2 (--http=auto), one multiplexed connection,
                unless --http=1.1 (a connection per request in flight, as an HTTP/1.1 client without a pool limit).

                --warmup=N first runs a whole cycle of N encounters (same mix, remittances, checks; it must pass),
                reports nothing of it, and then measures the cycle of --encounters: the JVMs have compiled the hot
                paths by then, as in a stack that has run for a while. Without it a fresh stack is measured cold; the
                report says how much CPU the JIT compiler threads took in each phase either way.

                --intake=mllp sends the encounters as HL7 v2.5.1 DFT^P03 over code-service's MLLP listener
                (--mllp-host, --mllp-port 2575; one connection per --concurrency worker, flat out) instead of JSON;
                the report's intake rate is then the rate of AA acknowledgments.

                --chaos starts a stack of its own (embedded PostgreSQL and Kafka, the three services, free loopback
                ports, data in --chaos-data-dir, wiped first) and, while the cycle runs, kills each service with
                SIGKILL --kills-per-service times and starts it again, restarts the broker and PostgreSQL once each,
                and starts and stops a second instance of each service, --chaos-min-gap to --chaos-max-gap seconds
                apart; then it also checks that nothing is parked and GET /reconciliation names no difference, and
                prints the time to recover from each fault. The URL, Kafka and JDBC options do not apply.

                --instances=1,2 runs the same cycle against stacks of its own, one after the other: first with one
                copy of code-, claim- and reimbursement-service, then with two (same database, same consumer groups,
                the load round-robin over the copies), each fresh in --scale-data-dir/instances-N on free ports, and
                prints each run's figures and then both side by side. The URL, Kafka and JDBC options do not apply.
                Against a running stack (deploy/run.sh --instances=2) give every copy instead:
                --code-url=https://127.0.0.1:8081,https://127.0.0.1:8085 (and so on); the load goes round-robin.
                --via-sftp posts no remittance: claim-service sends the claims' 837P files by SFTP to the payer
                simulator of deploy/run.sh, which answers with 999, 277CA and, after its delay, 835 files that
                reimbursement-service takes from the mailbox. The run waits until every claim was rejected or paid and
                no new 835 came for --payer-quiet seconds (reversals come one payer cycle later), reads the 835s from
                --mailbox (default <data-dir>/payer-simulator/home) and verifies and reports them as if it had posted
                them; the --*-share options of the remittances do not apply (the simulator's rules decide).
                Any other run refuses to start (exit 2) while something listens on 127.0.0.1:--payer-simulator-port:
                the simulator would pay the bench's claims a second time. Start that stack with --no-payer-simulator.

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
