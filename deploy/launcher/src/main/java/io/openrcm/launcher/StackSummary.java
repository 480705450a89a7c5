package io.openrcm.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The table the launcher prints once the stack is up: every URL a developer needs, and where the logs are. */
final class StackSummary {

    private static final String ROW = "  %-22s %s";

    private StackSummary() {
    }

    static String of(Stack stack, long startMillis) {
        StackOptions options = stack.options();
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("OpenRCM local stack is up (" + String.format("%.1f", startMillis / 1000.0) + " s)");
        lines.add("");
        for (ServiceSpec spec : options.services()) {
            String base = spec.baseUrl();
            lines.add(row(spec.name(), base));
            if (spec.name().equals(ServiceSpec.DASHBOARD)) {
                lines.add(row("  Web dashboard", base + "/"));
                lines.add(row("  Live feed (SSE)", base + "/claim-status/stream"));
            }
            lines.add(row("  Swagger UI", base + "/q/swagger-ui"));
            lines.add(row("  Health", base + "/q/health"));
            lines.add(row("  Metrics", base + "/q/metrics"));
            lines.add(row("  OpenAPI", base + "/q/openapi"));
            lines.add(row("  Log", display(options, stack.logsDirectory().resolve(spec.name() + ".log"))));
            lines.add("");
        }
        lines.add(row("OIDC issuer", stack.oidcIssuer() + (stack.embeddedOidc()
                ? "   (embedded Keycloak, realm deploy/keycloak/openrcm-realm.json, dev-only users and secrets)" : "   (external)")));
        if (stack.embeddedOidc()) {
            lines.add(row("  Token endpoint", stack.tokenEndpoint()));
        }
        lines.add(row("Kafka bootstrap", stack.kafkaBootstrapServers()
                + (stack.embeddedKafka() ? "   (embedded, data in " + display(options, options.dataDir().resolve("kafka")) + ")" : "   (external)")));
        String pgNote = stack.embeddedPostgres()
                ? "   (embedded, admin " + stack.postgresUsername() + ", data in " + display(options, options.dataDir().resolve("postgres")) + ")"
                : "   (external, user " + stack.postgresUsername() + ")";
        boolean first = true;
        for (String database : options.databases()) {
            lines.add(row(first ? "PostgreSQL" : "", stack.jdbcUrl(database) + (first ? pgNote : "")));
            first = false;
        }
        stack.payerSimulator().ifPresent(simulator -> {
            lines.add(row("Payer simulator", "sftp://" + StackPayerSimulator.USER + "@127.0.0.1:" + simulator.port()
                    + "   (mailboxes in " + display(options, options.dataDir().resolve("payer-simulator/home"))
                    + ", rules " + StackPayerSimulator.RULES + ")"));
        });
        lines.add(row("Logs", display(options, stack.logsDirectory())));
        lines.add(row("HTTPS CA", display(options, stack.caCertificate()) + "   (curl --cacert " + display(options, stack.caCertificate()) + " ...)"));
        lines.add(row("Passwords", display(options, options.dataDir().resolve("secrets")) + "   (generated, readable by you only)"));
        lines.add("");
        lines.add("Press Ctrl-C to stop everything.");
        return String.join(System.lineSeparator(), lines);
    }

    private static String row(String label, String value) {
        return String.format(ROW, label, value);
    }

    // Paths inside the repository read best relative to it, as the developer typed them.
    private static String display(StackOptions options, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(options.repoRoot()) ? options.repoRoot().relativize(absolute).toString() : absolute.toString();
    }
}
