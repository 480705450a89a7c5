package io.openrcm.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The launcher's command line, parsed and checked; turned into {@link StackOptions} for a repository. */
public final class LaunchArguments {

    static final String PG_USER_ENV = "RCM_PG_USER";
    static final String PG_PASSWORD_ENV = "RCM_PG_PASSWORD";
    /** Extra JVM options for every service (e.g. a JFR recording), appended after the defaults. */
    static final String JVM_OPTS_ENV = "RCM_JVM_OPTS";
    private static final Pattern BOOTSTRAP = Pattern.compile("[^\\s,:]+:\\d{1,5}(,[^\\s,:]+:\\d{1,5})*");

    private boolean help;
    private boolean reset;
    private boolean noPayerSimulator;
    private Path dataDir;
    private String kafka;
    private String oidc;
    private ExternalPostgres postgres;
    private Integer kafkaPort;
    private Integer postgresPort;
    private final List<String> extraJvmOptions = new ArrayList<>();

    private LaunchArguments() {
    }

    /** Parses the arguments; the environment supplies the external PostgreSQL's credentials. */
    public static LaunchArguments parse(String[] args, Map<String, String> environment) {
        LaunchArguments parsed = new LaunchArguments();
        parsed.extraJvmOptions.addAll(jvmOptions(environment.getOrDefault(JVM_OPTS_ENV, "")));
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                parsed.help = true;
            } else if (arg.equals("--reset")) {
                parsed.reset = true;
            } else if (arg.equals("--no-payer-simulator")) {
                parsed.noPayerSimulator = true;
            } else if (arg.startsWith("--data-dir=")) {
                parsed.dataDir = Path.of(nonEmptyValue(arg));
            } else if (arg.startsWith("--oidc=")) {
                parsed.oidc = issuer(nonEmptyValue(arg));
            } else if (arg.startsWith("--kafka=")) {
                parsed.kafka = bootstrapServers(nonEmptyValue(arg));
            } else if (arg.startsWith("--postgres=")) {
                parsed.postgres = externalPostgres(nonEmptyValue(arg), environment);
            } else if (arg.startsWith("--kafka-port=")) {
                parsed.kafkaPort = port(arg);
            } else if (arg.startsWith("--postgres-port=")) {
                parsed.postgresPort = port(arg);
            } else if (arg.startsWith("--jvm-opts=")) {
                parsed.extraJvmOptions.addAll(jvmOptions(nonEmptyValue(arg)));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg + " (see --help)");
            }
        }
        return parsed;
    }

    public boolean help() {
        return help;
    }

    /** The stack options for the repository, with these arguments applied over the defaults. */
    public StackOptions toOptions(Path repoRoot) {
        StackOptions.Builder builder = StackOptions.builder(repoRoot).reset(reset).payerSimulator(!noPayerSimulator);
        if (dataDir != null) {
            builder.dataDir(dataDir);
        }
        if (oidc != null) {
            builder.externalOidc(oidc);
        }
        if (kafka != null) {
            builder.externalKafka(kafka);
        }
        if (postgres != null) {
            builder.externalPostgres(postgres);
        }
        if (kafkaPort != null) {
            builder.kafkaPort(kafkaPort);
        }
        if (postgresPort != null) {
            builder.postgresPort(postgresPort);
        }
        if (!extraJvmOptions.isEmpty()) {
            List<String> jvm = new ArrayList<>(StackOptions.DEFAULT_JVM_OPTIONS);
            jvm.addAll(extraJvmOptions);
            builder.jvmOptions(jvm);
        }
        return builder.build();
    }

    /** The text --help prints. */
    public static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: deploy/run.sh [--no-build] [options]    (or: java -jar deploy/launcher/target/rcm-launcher.jar [options])",
                "",
                "Runs PostgreSQL, Kafka, the three services, the dashboard and a payer simulator locally until Ctrl-C.",
                "",
                "Options:",
                "  --reset                 delete the data directory (databases, topics, logs) before starting",
                "  --data-dir=PATH         data directory (default " + StackOptions.DEFAULT_DATA_DIR + "; relative to the repository root)",
                "  --oidc=ISSUER_URL       use this OpenID Connect provider (its issuer, e.g. https://login.example.org/realms/rcm)",
                "                          instead of starting Keycloak with deploy/keycloak/openrcm-realm.json",
                "  --kafka=HOST:PORT       use this Kafka broker instead of starting one; each service's password from",
                "                          RCM_KAFKA_PASSWORD_<SERVICE> (e.g. RCM_KAFKA_PASSWORD_CLAIM_SERVICE), KAFKA_* as set",
                "  --postgres=jdbc:postgresql://HOST:PORT",
                "                          use this PostgreSQL server instead of starting one; credentials from the",
                "                          environment variables " + PG_USER_ENV + " and " + PG_PASSWORD_ENV,
                "  --kafka-port=PORT       port of the embedded Kafka (default " + StackOptions.DEFAULT_KAFKA_PORT + ")",
                "  --postgres-port=PORT    port of the embedded PostgreSQL (default " + StackOptions.DEFAULT_POSTGRES_PORT + ")",
                "  --jvm-opts=\"OPTS\"       extra JVM options for every service, after the default " + StackOptions.DEFAULT_JVM_OPTIONS,
                "                          (also from the environment variable " + JVM_OPTS_ENV + "); the text {service} is",
                "                          replaced by the service's name, e.g. --jvm-opts=\"-XX:StartFlightRecording=filename=/tmp/{service}.jfr\"",
                "  --no-payer-simulator    do not start the payer simulator (the SFTP clearinghouse on 127.0.0.1:"
                        + StackOptions.DEFAULT_PAYER_SIMULATOR_PORT + " and the payer",
                "                          behind it, rules in deploy/payer-simulator/payer-simulator.properties): claims then",
                "                          wait at GET /submissions and acknowledgments and 835s are posted by hand",
                "  --help                  show this text",
                "",
                "Services: code-service :8081, claim-service :8082, reimbursement-service :8083, dashboard :8084.",
                "The repository root is found from the working directory, or set with -D" + RepoRoot.PROPERTY + "=PATH.");
    }

    private static String nonEmptyValue(String arg) {
        String value = arg.substring(arg.indexOf('=') + 1).trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(arg + " needs a value");
        }
        return value;
    }

    private static List<String> jvmOptions(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    private static String issuer(String value) {
        if (!value.startsWith("https://") && !value.startsWith("http://")) {
            throw new IllegalArgumentException("--oidc needs the provider's issuer URL (https://...), got: " + value);
        }
        return value.replaceAll("/+$", "");
    }

    private static String bootstrapServers(String value) {
        if (!BOOTSTRAP.matcher(value).matches()) {
            throw new IllegalArgumentException("--kafka needs HOST:PORT (comma-separated for several brokers), got: " + value);
        }
        return value;
    }

    private static ExternalPostgres externalPostgres(String url, Map<String, String> environment) {
        String user = environment.get(PG_USER_ENV);
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("--postgres needs the user name in the environment variable " + PG_USER_ENV
                    + " (and the password in " + PG_PASSWORD_ENV + ")");
        }
        return new ExternalPostgres(url, user, environment.getOrDefault(PG_PASSWORD_ENV, ""));
    }

    private static int port(String arg) {
        String value = nonEmptyValue(arg);
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below with the option's name.
        }
        throw new IllegalArgumentException(arg.substring(0, arg.indexOf('=')) + " needs a port from 1 to 65535, got: " + value);
    }
}
