package io.openrcm.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.openrcm.infra.DatabaseRoles;
import io.openrcm.infra.KafkaCredentials;
import io.openrcm.infra.LocalCertificateAuthority;
import io.openrcm.infra.PostgresDatabases;
import io.openrcm.payersim.PayerSimulator;

/** The whole local system: PostgreSQL, Kafka and the services, started and stopped in the right order. */
public final class Stack implements AutoCloseable {

    private final StackOptions options;
    private static final String KEY_STORE_SECRET = "tls-keystore";
    /** The dashboard's sign-in state and session cookie key, generated once like the database passwords. */
    static final String DASHBOARD_SESSION_SECRET = "dashboard-session";

    private final Object lock = new Object();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    /** Second instances of services (chaos runs), by service name; stopped with the stack. */
    private final Map<String, ServiceProcess> extras = new LinkedHashMap<>();
    private DataDirectory dataDirectory;
    private ServicePidFiles pidFiles;
    private LocalCertificateAuthority certificates;
    private String keyStorePassword;
    private String dashboardSessionSecret;
    private final StackInfrastructure infrastructure = new StackInfrastructure();
    private volatile StackPayerSimulator payerSimulator;
    private boolean started;
    private volatile boolean closed;

    public Stack(StackOptions options) {
        this.options = options;
    }

    /** Creates and starts a stack; on failure everything already started is stopped again. */
    public static Stack start(StackOptions options) {
        return new Stack(options).start();
    }

    /** Starts PostgreSQL and Kafka (unless external), then all services in parallel, and waits until they are ready. */
    public Stack start() {
        synchronized (lock) {
            if (started || closed) {
                throw new IllegalStateException("A stack starts once; create a new one");
            }
            started = true;
        }
        try {
            requirePackagedServices();
            startInfrastructure();
            startServices(options.services());
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    // Checked before anything starts: a missing build should fail in a second, not after PostgreSQL and Kafka are up.
    private void requirePackagedServices() {
        List<String> missing = options.services().stream().map(spec -> spec.jar(options.repoRoot()))
                .filter(jar -> !Files.isRegularFile(jar)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new StackException("Services are not packaged: " + String.join(", ", missing)
                    + ". Build them first with ./mvnw -DskipTests package (deploy/run.sh does)");
        }
    }

    private void startInfrastructure() {
        DataDirectory dir = DataDirectory.claim(options.dataDir(), options.reset());
        synchronized (lock) {
            dataDirectory = dir;
            pidFiles = new ServicePidFiles(dir.pids());
            requireOpen();
        }
        pidFiles.stopOrphans(options.services().stream().map(ServiceSpec::name).toList());
        String password = dir.secret(KEY_STORE_SECRET);
        LocalCertificateAuthority ca = LocalCertificateAuthority.openOrCreate(dir.tls(), password);
        String sessionSecret = dir.secret(DASHBOARD_SESSION_SECRET);
        synchronized (lock) {
            keyStorePassword = password;
            certificates = ca;
            dashboardSessionSecret = sessionSecret;
        }
        infrastructure.start(options, dir, ca);
        if (options.payerSimulator()) {
            StackPayerSimulator simulator = StackPayerSimulator.start(options, dir.root(), dir.secrets(),
                    options.readyTimeout());
            synchronized (lock) {
                payerSimulator = simulator;
                if (closed) {
                    simulator.close();
                    throw new StackException("The stack was closed while starting");
                }
            }
        }
    }

    private void startServices(List<ServiceSpec> specs) {
        List<CompletableFuture<Void>> readiness = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            ServiceProcess process = launch(spec, Map.of());
            readiness.add(CompletableFuture.runAsync(() -> process.awaitReady(options.readyTimeout())));
        }
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<Void> ready : readiness) {
            try {
                ready.join();
            } catch (CompletionException e) {
                failures.add(e.getCause().getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new StackException(String.join(System.lineSeparator() + System.lineSeparator(), failures));
        }
    }

    private ServiceProcess launch(ServiceSpec spec, Map<String, String> extraEnvironment) {
        Map<String, String> env = environmentFor(spec);
        env.putAll(extraEnvironment);
        synchronized (lock) {
            requireOpen();
            ServiceProcess previous = running.get(spec.name());
            if (previous != null && previous.isAlive()) {
                throw new IllegalStateException(spec.name() + " is already running; stop it first");
            }
            ServiceProcess process = ServiceProcess.start(spec, options.repoRoot(), options.jvmOptions(), env,
                    dataDirectory.logs().resolve(spec.name() + ".log"));
            running.put(spec.name(), process);
            pidFiles.record(process);
            return process;
        }
    }

    /**
     * The environment the stack gives a service: its HTTPS port with its certificate and the local CA, its database
     * roles, the broker, the other services' URLs, and the options' extra variables. Never print it: it holds secrets.
     */
    public Map<String, String> environmentFor(ServiceSpec spec) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        env.put("QUARKUS_HTTP_SSL_PORT", Integer.toString(spec.port()));
        env.put("QUARKUS_HTTP_INSECURE_REQUESTS", "disabled");
        env.put("QUARKUS_TLS_KEY_STORE_P12_PATH", certificates.keyStore(spec.name()).toString());
        env.put("QUARKUS_TLS_KEY_STORE_P12_PASSWORD", keyStorePassword);
        env.put("QUARKUS_TLS_TRUST_STORE_PEM_CERTS", certificates.caPem().toString());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(spec.database()));
        // The service runs as its row-only role; Flyway migrates as the database's owner.
        DatabaseRoles roles = databaseRoles(spec.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", roles.app());
        env.put("QUARKUS_DATASOURCE_PASSWORD", roles.appPassword());
        env.put("QUARKUS_FLYWAY_USERNAME", roles.owner());
        env.put("QUARKUS_FLYWAY_PASSWORD", roles.ownerPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.putAll(kafkaEnvironment(spec));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcIssuer());
        if (embeddedOidc()) {
            // The dev realm's secret of the dashboard back end's client; with an external provider the operator sets it.
            env.put("RCM_DASHBOARD_CLIENT_SECRET", "dev-dashboard-backend-secret");
        }
        // Encrypts the page's sign-in state and session cookies (PKCE): generated at the first start into
        // .rcm-data/secrets/ (0600) and kept, so sessions survive a restart; production sets its own.
        env.put("RCM_DASHBOARD_SESSION_SECRET", dashboardSessionSecret);
        // Where every service of this stack listens (free ports in tests): the dashboard reads the others' APIs and
        // reimbursement-service reads claim-service's balances for its reconciliation.
        options.services().forEach(other -> env.put(other.urlVariable(), other.baseUrl()));
        StackPayerSimulator simulator = payerSimulator;
        if (simulator != null && StackPayerSimulator.CLIENTS.contains(spec.name())) {
            // Where claim-service sends its 837s and reads 999/277CA, and reimbursement-service reads 835s.
            env.putAll(simulator.clientEnvironment());
        }
        env.putAll(options.serviceEnvironment());
        return env;
    }

    // The service's own Kafka principal: the embedded broker's user of that name, or with an external cluster the
    // password the operator gave the launcher as RCM_KAFKA_PASSWORD_<SERVICE> (KAFKA_* settings are inherited).
    private Map<String, String> kafkaEnvironment(ServiceSpec spec) {
        if (embeddedKafka()) {
            return infrastructure.kafkaCredentials(dataDirectory, spec.name()).serviceEnvironment();
        }
        String password = System.getenv(kafkaPasswordVariable(spec));
        return password == null ? Map.of() : Map.of("RCM_KAFKA_PASSWORD", password);
    }

    /** Where the launcher reads a service's Kafka password for an external cluster, e.g. {@code RCM_KAFKA_PASSWORD_CLAIM_SERVICE}. */
    public static String kafkaPasswordVariable(ServiceSpec spec) {
        return "RCM_KAFKA_PASSWORD_" + spec.name().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** How a principal of the embedded broker (see io.openrcm.infra.KafkaAccessTable) logs in; never print it. */
    public KafkaCredentials kafkaCredentials(String principal) {
        if (!embeddedKafka()) {
            throw new IllegalStateException("The stack's Kafka is external: its users are its operators'");
        }
        return infrastructure.kafkaCredentials(dataDirectory, principal);
    }

    /**
     * Starts a second instance of a configured service on another port, on the same database and in the same
     * consumer groups (a scale-out, or a rolling deploy), and waits until it is ready. Its log is
     * {@code <name>-2.log}; it has no pid file and is stopped with the stack.
     */
    public ServiceProcess startSecondInstance(String name, int port) {
        ServiceSpec spec = spec(name).withPort(port);
        ServiceProcess process;
        synchronized (lock) {
            requireOpen();
            if (extras.containsKey(name)) {
                throw new IllegalStateException("A second " + name + " is already running; stop it first");
            }
            process = ServiceProcess.start(spec, options.repoRoot(), options.jvmOptions(),
                    environmentFor(spec), dataDirectory.logs().resolve(name + "-2.log"));
            extras.put(name, process);
        }
        try {
            process.awaitReady(options.readyTimeout());
            return process;
        } catch (RuntimeException e) {
            stopSecondInstance(name);
            throw e;
        }
    }

    /** Stops the second instance of a service gracefully (SIGTERM): its partitions go back to the first. */
    public void stopSecondInstance(String name) {
        ServiceProcess process;
        synchronized (lock) {
            process = extras.remove(name);
        }
        if (process == null) {
            throw new IllegalArgumentException("No second " + name + " is running");
        }
        process.stop();
    }

    /** The running service of that name. */
    public ServiceProcess service(String name) {
        synchronized (lock) {
            ServiceProcess process = running.get(name);
            if (process == null) {
                throw new IllegalArgumentException(name + " is not running; running: " + running.keySet());
            }
            return process;
        }
    }

    /**
     * Starts a configured service that is not running (or has died) and waits until it is ready. If it does not get
     * ready it is stopped again, and the exception carries the end of its log.
     */
    public ServiceProcess startService(String name) {
        return startService(name, Map.of());
    }

    /** Like {@link #startService(String)}, with extra environment variables for this run of the service. */
    public ServiceProcess startService(String name, Map<String, String> extraEnvironment) {
        ServiceProcess process = launch(spec(name), extraEnvironment);
        try {
            process.awaitReady(options.readyTimeout());
            return process;
        } catch (RuntimeException e) {
            detach(name).stop();
            throw e;
        }
    }

    /** Stops a service gracefully (SIGTERM, then SIGKILL after 20 s). */
    public void stopService(String name) {
        ServiceProcess process = detach(name);
        process.stop();
    }

    /** Kills a service at once, as a crash would. */
    public void killService(String name) {
        ServiceProcess process = detach(name);
        process.kill();
    }

    /** Stops a service gracefully and starts it again, waiting until it is ready. */
    public ServiceProcess restartService(String name) {
        stopService(name);
        return startService(name);
    }

    private ServiceProcess detach(String name) {
        synchronized (lock) {
            ServiceProcess process = service(name);
            running.remove(name);
            pidFiles.forget(name);
            return process;
        }
    }

    private ServiceSpec spec(String name) {
        return options.services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name + " in this stack; known: "
                        + options.services().stream().map(ServiceSpec::name).toList()));
    }

    /** Stops the embedded PostgreSQL, data kept, to see how the services ride out a database outage. */
    public void stopPostgres() {
        infrastructure.stopPostgres();
    }

    /** Starts the embedded PostgreSQL again after {@link #stopPostgres()}, same data and port. */
    public void restartPostgres() {
        infrastructure.restartPostgres(dataDirectory);
    }

    /** Stops the embedded broker, log kept, to see how the services ride out Kafka going away. */
    public void stopKafka() {
        infrastructure.stopKafka();
    }

    /** Starts the embedded broker again after {@link #stopKafka()}, same log and port. */
    public void restartKafka() {
        infrastructure.restartKafka(options, dataDirectory);
    }

    public StackOptions options() {
        return options;
    }

    /** The running payer simulator (SFTP clearinghouse and payer), when the options asked for it. */
    public Optional<PayerSimulator> payerSimulator() {
        StackPayerSimulator simulator = payerSimulator;
        return simulator == null ? Optional.empty() : Optional.of(simulator.simulator());
    }

    /** Where each service's output goes, as {@code <name>.log}. */
    public Path logsDirectory() {
        return options.dataDir().resolve("logs");
    }

    /** Where Kafka clients connect (embedded or external broker). */
    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /** The issuer of the services' tokens (embedded Keycloak's openrcm realm, or the external provider). */
    public String oidcIssuer() {
        return infrastructure.oidcIssuer();
    }

    /** The token endpoint of the embedded Keycloak's realm, where clients get their tokens. */
    public String tokenEndpoint() {
        return oidcIssuer() + "/protocol/openid-connect/token";
    }

    public boolean embeddedOidc() {
        return options.externalOidc().isEmpty();
    }

    /** The JDBC URL of one database on the stack's PostgreSQL server. */
    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(infrastructure.postgresServerUrl(), database);
    }

    /** The administrator (the embedded server's superuser, or the external server's given user). */
    public String postgresUsername() {
        return infrastructure.postgresUsername();
    }

    /** The administrator's password; never print it. */
    public String postgresPassword() {
        return infrastructure.postgresPassword();
    }

    /** The local CA's certificate (PEM): what clients of the services trust, e.g. {@code curl --cacert}. */
    public Path caCertificate() {
        return certificates.caPem();
    }

    /** The SHA-256 pin of a service's TLS public key (see {@link LocalCertificateAuthority#publicKeyPin}). */
    public String publicKeyPin(String service) {
        return certificates.publicKeyPin(service);
    }

    /** The owner and application roles of one service database, with their passwords; never print those. */
    public DatabaseRoles databaseRoles(String database) {
        return infrastructure.databaseRoles(database);
    }

    /** Whether PostgreSQL and Kafka run inside this stack (not external). */
    public boolean embeddedPostgres() {
        return options.externalPostgres().isEmpty();
    }

    public boolean embeddedKafka() {
        return options.externalKafka().isEmpty();
    }

    private void requireOpen() {
        if (closed) {
            throw new StackException("The stack was closed while starting");
        }
    }

    /** Stops the services (in parallel), then Kafka, then PostgreSQL; data is kept. Safe to call more than once. */
    @Override
    public void close() {
        List<ServiceProcess> services;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            services = new ArrayList<>(running.values());
            services.addAll(extras.values());
            running.clear();
            extras.clear();
        }
        CompletableFuture.allOf(services.stream().map(s -> CompletableFuture.runAsync(s::stop)).toArray(CompletableFuture[]::new)).join();
        services.forEach(s -> pidFiles.forget(s.name()));
        StackPayerSimulator simulator = payerSimulator;
        if (simulator != null) {
            simulator.close();
        }
        infrastructure.close();
        if (dataDirectory != null) {
            dataDirectory.close();
        }
    }
}
