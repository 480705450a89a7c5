package io.openrcm.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.openrcm.infra.FreePorts;

/** How to run the local stack: where its data lives, which infrastructure to start or reuse, which services. */
public final class StackOptions {

    public static final String DEFAULT_DATA_DIR = ".rcm-data";
    public static final int DEFAULT_KAFKA_PORT = 9092;
    /** The embedded Keycloak's port; its realm openrcm is the services' token issuer. */
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    /** Not 5432: a PostgreSQL installed on the machine usually has that one. */
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PARTITIONS = 6;
    /** The payer simulator's SFTP port (deploy/payer-simulator), on 127.0.0.1. */
    public static final int DEFAULT_PAYER_SIMULATOR_PORT = 10022;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    /** The most copies of each service the launcher runs (enough to see a scale-out on one machine). */
    public static final int MAX_INSTANCES = 8;
    /**
     * Services that run once whatever {@code --instances} says: the dashboard's live feed (SSE) sends each reader
     * the changes its own instance consumed, and with two instances in one consumer group each would see only
     * half of them.
     */
    public static final Set<String> SINGLE_INSTANCE = Set.of(ServiceSpec.DASHBOARD);
    /**
     * Sized for several services on one small box (deploy/bench measured peak RSS 307-355 MB with -Xmx160m and the
     * serial collector, 383-403 MB with -Xmx256m and the default G1 collector, at the same throughput): the serial
     * collector has no per-region bookkeeping and uses no extra GC threads on 2 cores. The heap starts at 32 MB and
     * grows only as far as it is used, and freed native memory goes back to the OS every 5 s (peak RSS 275 / 315 / 317
     * MB with both against 311 / 331 / 332 without). The JIT stops at C1 ({@code -XX:TieredStopAtLevel=1}): with the
     * stack's four JVMs, Kafka and PostgreSQL on two cores, C2's compilations cost more CPU than its faster code saves
     * within 20,000 encounters (7.2 against 9.0 CPU-ms per claim on a warm stack), and its compiler arenas of up to
     * 37 MB per compilation set the peak RSS (237 / 291 / 284 MB against 291 / 336 / 329). {@code RCM_JVM_OPTS=
     * -XX:TieredStopAtLevel=4} brings C2 back (later options win) on a box with cores to spare. What C1 lacks are C2's
     * crypto intrinsics (AES-GCM, SHA-2, RSA's multiply-add): the services do TLS and JWT signatures in native code
     * instead (deploy/platform {@code NativeCrypto}).
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms32m", "-Xmx160m", "-XX:+UseSerialGC",
            "-Xss512k", "-XX:ReservedCodeCacheSize=64m", "-XX:TrimNativeHeapInterval=5000", "-XX:TieredStopAtLevel=1");

    private final Path repoRoot;
    private final Path dataDir;
    private final boolean reset;
    private final Optional<String> externalKafka;
    private final Optional<ExternalPostgres> externalPostgres;
    private final Optional<String> externalOidc;
    private final int keycloakPort;
    private final int kafkaPort;
    private final int postgresPort;
    private final int kafkaPartitions;
    private final List<String> topics;
    private final List<ServiceSpec> services;
    private final List<String> databases;
    private final Map<String, String> serviceEnvironment;
    private final List<String> jvmOptions;
    private final Duration readyTimeout;
    private final int instances;
    private final int instancePortsFrom;
    private final boolean payerSimulator;
    private final int payerSimulatorPort;

    private StackOptions(Builder b) {
        this.repoRoot = b.repoRoot;
        this.dataDir = b.dataDir != null ? b.dataDir : b.repoRoot.resolve(DEFAULT_DATA_DIR);
        this.reset = b.reset;
        this.externalKafka = Optional.ofNullable(b.externalKafka);
        this.externalPostgres = Optional.ofNullable(b.externalPostgres);
        this.externalOidc = Optional.ofNullable(b.externalOidc);
        this.keycloakPort = b.keycloakPort;
        this.kafkaPort = b.kafkaPort;
        this.postgresPort = b.postgresPort;
        this.kafkaPartitions = b.kafkaPartitions;
        this.topics = List.copyOf(b.topics);
        this.services = List.copyOf(b.services);
        this.databases = List.copyOf(b.databases);
        this.serviceEnvironment = Map.copyOf(b.serviceEnvironment);
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.readyTimeout = b.readyTimeout;
        this.instances = b.instances;
        this.instancePortsFrom = b.instancePortsFrom != null ? b.instancePortsFrom
                : services.stream().mapToInt(ServiceSpec::port).max().orElse(8080) + 1;
        this.payerSimulator = b.payerSimulator;
        this.payerSimulatorPort = b.payerSimulatorPort;
    }

    /** Defaults for the repository at repoRoot: the three services on 8081-8083 and the dashboard on 8084, Kafka 9092, PostgreSQL 15432. */
    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    /**
     * For system tests: the repository found by {@link RepoRoot#locate()}, the given (fresh) data directory, and free
     * ports everywhere, so a test run never collides with a local stack that is running.
     */
    public static StackOptions forTests(Path dataDir) {
        return testBuilder(dataDir).build();
    }

    /**
     * Like {@link #forTests(Path)}, with the payer simulator on a free port: claim-service and reimbursement-service
     * then talk to it by SFTP (the whole cycle without posting remittances).
     */
    public static StackOptions forTestsWithPayerSimulator(Path dataDir) {
        return testBuilder(dataDir).payerSimulator(true).payerSimulatorPort(0).build();
    }

    /**
     * Like {@link #forTests(Path)}, as a builder to adjust (e.g. {@code .instances(2)}); further copies of the services
     * get free ports too.
     */
    public static Builder testBuilder(Path dataDir) {
        Set<Integer> ports = new LinkedHashSet<>();
        while (ports.size() < ServiceSpec.defaults().size()) {
            ports.add(FreePorts.pick());
        }
        Iterator<Integer> port = ports.iterator();
        List<ServiceSpec> services = ServiceSpec.defaults().stream().map(spec -> spec.withPort(port.next())).toList();
        return builder(RepoRoot.locate()).dataDir(dataDir).services(services).kafkaPort(0).postgresPort(0).keycloakPort(0)
                .instancePortsFrom(0);
    }

    public Path repoRoot() {
        return repoRoot;
    }

    /** Holds postgres/, kafka/, logs/ and run/ (service pid files). */
    public Path dataDir() {
        return dataDir;
    }

    /** Whether to wipe the data directory before starting. */
    public boolean reset() {
        return reset;
    }

    /** Bootstrap servers of a broker to use instead of the embedded one. */
    public Optional<String> externalKafka() {
        return externalKafka;
    }

    /** A PostgreSQL server to use instead of the embedded one. */
    /** The issuer URL of an external OpenID Connect provider, used instead of the embedded Keycloak. */
    public Optional<String> externalOidc() {
        return externalOidc;
    }

    /** Port of the embedded Keycloak (0: a free one). */
    public int keycloakPort() {
        return keycloakPort;
    }

    public Optional<ExternalPostgres> externalPostgres() {
        return externalPostgres;
    }

    /** Port of the embedded broker; 0 picks a free one. */
    public int kafkaPort() {
        return kafkaPort;
    }

    /** Port of the embedded PostgreSQL; 0 picks a free one. */
    public int postgresPort() {
        return postgresPort;
    }

    /** Partitions of the topics created up front and of auto-created ones. */
    public int kafkaPartitions() {
        return kafkaPartitions;
    }

    /** Topics created before the services start (others are auto-created on first use). */
    public List<String> topics() {
        return topics;
    }

    /** The services to run; may be empty (only PostgreSQL and Kafka). */
    public List<ServiceSpec> services() {
        return services;
    }

    /** Databases created up front; by default those of the services (and the dashboard), whichever of them run. */
    public List<String> databases() {
        return databases;
    }

    /** Extra environment variables for every service process. */
    public Map<String, String> serviceEnvironment() {
        return serviceEnvironment;
    }

    /** JVM options of every service process. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** How long to wait for a service to report ready. */
    public Duration readyTimeout() {
        return readyTimeout;
    }

    /** Copies of each service (but those of {@link #SINGLE_INSTANCE}), all on the same database and Kafka. */
    public int instances() {
        return instances;
    }

    /** The lowest port of the further copies of the services (the next free ones from there); 0: any free port. */
    public int instancePortsFrom() {
        return instancePortsFrom;
    }

    /**
     * Whether the payer simulator runs (an SFTP clearinghouse and a payer behind it; claim-service and
     * reimbursement-service get its RCM_CLEARINGHOUSE_* settings). deploy/run.sh turns it on unless
     * --no-payer-simulator; off by default for programmatic stacks (tests turn it on).
     */
    public boolean payerSimulator() {
        return payerSimulator;
    }

    /** The payer simulator's SFTP port; 0 picks a free one. */
    public int payerSimulatorPort() {
        return payerSimulatorPort;
    }

    /** Sets the options; every setter is optional. */
    public static final class Builder {

        private final Path repoRoot;
        private Path dataDir;
        private boolean reset;
        private String externalKafka;
        private ExternalPostgres externalPostgres;
        private String externalOidc;
        private int keycloakPort = DEFAULT_KEYCLOAK_PORT;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private int kafkaPartitions = DEFAULT_KAFKA_PARTITIONS;
        private List<String> topics = List.of();
        private List<ServiceSpec> services = ServiceSpec.defaults();
        private List<String> databases = ServiceSpec.defaults().stream().map(ServiceSpec::database).toList();
        private final Map<String, String> serviceEnvironment = new LinkedHashMap<>();
        private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private int instances = 1;
        private Integer instancePortsFrom;
        private boolean payerSimulator;
        private int payerSimulatorPort = DEFAULT_PAYER_SIMULATOR_PORT;

        private Builder(Path repoRoot) {
            this.repoRoot = Objects.requireNonNull(repoRoot, "repoRoot").toAbsolutePath().normalize();
        }

        /** The data directory; a relative path is resolved against the repository root. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = repoRoot.resolve(dataDir).normalize();
            return this;
        }

        public Builder reset(boolean reset) {
            this.reset = reset;
            return this;
        }

        public Builder externalKafka(String bootstrapServers) {
            this.externalKafka = bootstrapServers;
            return this;
        }

        /** Use this OIDC provider (its issuer URL) instead of starting Keycloak. */
        public Builder externalOidc(String issuer) {
            this.externalOidc = issuer;
            return this;
        }

        public Builder keycloakPort(int keycloakPort) {
            this.keycloakPort = keycloakPort == 0 ? 0 : requirePort(keycloakPort, "Keycloak");
            return this;
        }

        public Builder externalPostgres(ExternalPostgres externalPostgres) {
            this.externalPostgres = externalPostgres;
            return this;
        }

        public Builder kafkaPort(int kafkaPort) {
            this.kafkaPort = requirePort(kafkaPort, "Kafka");
            return this;
        }

        public Builder postgresPort(int postgresPort) {
            this.postgresPort = requirePort(postgresPort, "PostgreSQL");
            return this;
        }

        public Builder kafkaPartitions(int kafkaPartitions) {
            if (kafkaPartitions < 1) {
                throw new IllegalArgumentException("Kafka partitions must be at least 1, got " + kafkaPartitions);
            }
            this.kafkaPartitions = kafkaPartitions;
            return this;
        }

        public Builder topics(List<String> topics) {
            this.topics = topics;
            return this;
        }

        public Builder services(List<ServiceSpec> services) {
            this.services = services;
            return this;
        }

        public Builder databases(List<String> databases) {
            this.databases = databases;
            return this;
        }

        public Builder serviceEnvironment(String name, String value) {
            this.serviceEnvironment.put(name, value);
            return this;
        }

        public Builder jvmOptions(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
            return this;
        }

        public Builder readyTimeout(Duration readyTimeout) {
            this.readyTimeout = readyTimeout;
            return this;
        }

        /** Copies of each service, 1 to {@link #MAX_INSTANCES}. */
        public Builder instances(int instances) {
            if (instances < 1 || instances > MAX_INSTANCES) {
                throw new IllegalArgumentException("Instances must be 1 to " + MAX_INSTANCES + ", got " + instances);
            }
            this.instances = instances;
            return this;
        }

        /** The lowest port of the further copies (default: the one after the highest service port); 0: any free port. */
        public Builder instancePortsFrom(int port) {
            this.instancePortsFrom = requirePort(port, "First further instance");
            return this;
        }

        /** Runs the payer simulator with the stack (see {@link StackOptions#payerSimulator()}). */
        public Builder payerSimulator(boolean payerSimulator) {
            this.payerSimulator = payerSimulator;
            return this;
        }

        /** The payer simulator's SFTP port; 0 picks a free one. */
        public Builder payerSimulatorPort(int payerSimulatorPort) {
            this.payerSimulatorPort = payerSimulatorPort == 0 ? 0 : requirePort(payerSimulatorPort, "Payer simulator");
            return this;
        }

        public StackOptions build() {
            long distinctNames = services.stream().map(ServiceSpec::name).distinct().count();
            if (distinctNames != services.size()) {
                throw new IllegalArgumentException("Each service may appear once: " + services);
            }
            return new StackOptions(this);
        }

        private static int requirePort(int port, String what) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(what + " port must be between 0 (pick a free one) and 65535, got " + port);
            }
            return port;
        }
    }
}
