package io.openrcm.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One Kafka broker and one PostgreSQL server per test JVM, started on first use and stopped when the JVM exits; and,
 * only for the tests that ask for it, one Keycloak with the openrcm realm.
 */
public final class SharedTestInfrastructure {

    // Quarkus loads this library once per test application class loader, so static fields alone would start a broker
    // per loader. System properties are the registry every loader sees: a later copy of this class finds the servers
    // there. Setting them beforehand (-Drcm.infra.kafka.bootstrap-servers=...) points tests at servers run elsewhere.
    static final String KAFKA_PROPERTY = "rcm.infra.kafka.bootstrap-servers";
    // The CA the broker's certificate chains to, and each Kafka user's password (made up on first use, like the roles').
    static final String KAFKA_CA_PROPERTY = "rcm.infra.kafka.ca";
    static final String KAFKA_PASSWORD_PROPERTY_PREFIX = "rcm.infra.kafka.password.";
    static final String POSTGRES_URL_PROPERTY = "rcm.infra.postgres.server-url";
    static final String POSTGRES_USER_PROPERTY = "rcm.infra.postgres.username";
    static final String POSTGRES_PASSWORD_PROPERTY = "rcm.infra.postgres.password";
    // Each service role's password, made up on first use and shared by every loader like the properties above.
    static final String ROLE_PASSWORD_PROPERTY_PREFIX = "rcm.infra.postgres.role-password.";

    static final String KEYCLOAK_ISSUER_PROPERTY = "rcm.infra.keycloak.issuer";
    static final String KEYCLOAK_JWT_KEY_PROPERTY = "rcm.infra.keycloak.jwt-client-key";
    static final String KEYCLOAK_FAILURE_PROPERTY = "rcm.infra.keycloak.failure";
    private static final Duration KEYCLOAK_STARTUP = Duration.ofSeconds(Long.getLong("rcm.infra.keycloak.startup-seconds", 600));

    // A string literal is interned, hence one object for the whole JVM whichever loader defined this class.
    private static final String JVM_WIDE_LOCK = "io.openrcm.infra.SharedTestInfrastructure.lock";

    private static final System.Logger LOG = System.getLogger(SharedTestInfrastructure.class.getName());

    private SharedTestInfrastructure() {
    }

    /** Where the shared servers listen; starts them on the first call in this JVM. */
    public static Endpoints endpoints() {
        synchronized (JVM_WIDE_LOCK) {
            if (System.getProperty(KAFKA_PROPERTY) == null || System.getProperty(POSTGRES_URL_PROPERTY) == null) {
                startAll();
            }
            return new Endpoints(System.getProperty(KAFKA_PROPERTY), System.getProperty(POSTGRES_URL_PROPERTY),
                    System.getProperty(POSTGRES_USER_PROPERTY, EmbeddedPostgresServer.USERNAME),
                    System.getProperty(POSTGRES_PASSWORD_PROPERTY), System.getProperty(KAFKA_CA_PROPERTY));
        }
    }

    /**
     * The openrcm realm of the JVM's Keycloak, started on the first call (apart from the broker and the database, so
     * the tests that need no provider do not wait for one). -Drcm.infra.keycloak.issuer=... points at one run elsewhere.
     */
    public static Identity identity() {
        synchronized (JVM_WIDE_LOCK) {
            String failure = System.getProperty(KEYCLOAK_FAILURE_PROPERTY);
            if (failure != null) {
                // One failed start per JVM: every later test fails at once with the same reason instead of waiting again.
                throw new IllegalStateException("The test Keycloak did not start earlier in this JVM: " + failure);
            }
            if (System.getProperty(KEYCLOAK_ISSUER_PROPERTY) == null) {
                try {
                    startKeycloak();
                } catch (RuntimeException e) {
                    System.setProperty(KEYCLOAK_FAILURE_PROPERTY, String.valueOf(e.getMessage()));
                    throw e;
                }
            }
            return new Identity(System.getProperty(KEYCLOAK_ISSUER_PROPERTY), System.getProperty(KEYCLOAK_JWT_KEY_PROPERTY));
        }
    }

    private static void startKeycloak() {
        Path root = newInfraDirectory("rcm-keycloak-");
        ClientSigningKey jwtClientKey = ClientSigningKey.generate();
        EmbeddedKeycloak keycloak = OpenRcmRealm.start(root, 0, OpenRcmRealm.realmFile(Path.of("")), jwtClientKey, KEYCLOAK_STARTUP);
        long pid = keycloak.pid();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                keycloak.close();
            } catch (Throwable e) {
                System.err.println("rcm-infra: could not stop the test Keycloak cleanly, terminating it: " + e);
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }, "rcm-keycloak-shutdown"));
        System.setProperty(KEYCLOAK_JWT_KEY_PROPERTY, Base64.getEncoder().encodeToString(jwtClientKey.privateKey().getEncoded()));
        System.setProperty(KEYCLOAK_ISSUER_PROPERTY, keycloak.issuer());
    }

    private static Path newInfraDirectory(String prefix) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(tmp);
            return Files.createTempDirectory(tmp, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the test infrastructure under " + tmp, e);
        }
    }

    private static void startAll() {
        long started = System.nanoTime();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path root;
        try {
            Files.createDirectories(tmp);
            root = Files.createTempDirectory(tmp, "rcm-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the test infrastructure under " + tmp, e);
        }
        // The unpacked PostgreSQL distribution is the same for every run: keep it beside the fresh data directories.
        CompletableFuture<EmbeddedPostgresServer> postgresStart = CompletableFuture.supplyAsync(() ->
                EmbeddedPostgresServer.builder(root.resolve("postgres")).binariesDirectory(tmp.resolve("rcm-postgres-binaries")).start());
        EmbeddedKafka kafka;
        try {
            // Secured as in production: every service test connects as its own principal, held to its ACLs.
            LocalCertificateAuthority ca = LocalCertificateAuthority.openOrCreate(root.resolve("tls"), PrivateFiles.newSecret());
            kafka = EmbeddedKafka.start(root.resolve("kafka"), 0, EmbeddedKafka.DEFAULT_PARTITIONS, ca,
                    kafkaPassword(KafkaAccessTable.ADMIN));
            kafka.provisionUsers(SharedTestInfrastructure::kafkaPassword);
            System.setProperty(KAFKA_CA_PROPERTY, ca.caPem().toAbsolutePath().toString());
            // Test helpers (TopicReader, test clients playing the other services) act as the administrator.
            KafkaTestAccess.register(kafka.bootstrapServers(), kafka.adminCredentials());
        } catch (RuntimeException e) {
            postgresStart.thenAccept(EmbeddedPostgresServer::close);
            throw e;
        }
        EmbeddedPostgresServer postgres;
        try {
            postgres = postgresStart.join();
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        long postmasterPid = postmasterPid(postgres.dataDirectory());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(kafka, postgres, postmasterPid, root), "rcm-infra-shutdown"));
        System.setProperty(POSTGRES_URL_PROPERTY, postgres.serverUrl());
        System.setProperty(POSTGRES_USER_PROPERTY, postgres.username());
        System.setProperty(POSTGRES_PASSWORD_PROPERTY, postgres.password());
        System.setProperty(KAFKA_PROPERTY, kafka.bootstrapServers());
        LOG.log(System.Logger.Level.INFO, "Shared test infrastructure up in {0} ms: Kafka {1}, PostgreSQL {2}",
                Elapsed.millisSince(started), kafka.bootstrapServers(), postgres.serverUrl());
    }

    private static String rolePassword(String role) {
        synchronized (JVM_WIDE_LOCK) {
            String property = ROLE_PASSWORD_PROPERTY_PREFIX + role;
            if (System.getProperty(property) == null) {
                System.setProperty(property, PrivateFiles.newSecret());
            }
            return System.getProperty(property);
        }
    }

    private static String kafkaPassword(String user) {
        synchronized (JVM_WIDE_LOCK) {
            String property = KAFKA_PASSWORD_PROPERTY_PREFIX + user;
            if (System.getProperty(property) == null) {
                System.setProperty(property, PrivateFiles.newSecret());
            }
            return System.getProperty(property);
        }
    }

    private static long postmasterPid(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void stopAll(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, long postmasterPid, Path root) {
        // The loader that defined these classes may already be closed at JVM exit: each step guards itself, and the
        // PostgreSQL fallback uses only JDK classes, so a daemonized server is never left behind.
        try {
            kafka.close();
        } catch (Throwable e) {
            System.err.println("rcm-infra: could not stop the test Kafka broker cleanly: " + e);
        }
        try {
            postgres.close();
        } catch (Throwable e) {
            System.err.println("rcm-infra: could not stop the test PostgreSQL cleanly, terminating it: " + e);
            ProcessHandle.of(postmasterPid).ifPresent(ProcessHandle::destroy);
        }
        try {
            Directories.deleteRecursively(root);
        } catch (Throwable e) {
            System.err.println("rcm-infra: left " + root + " behind (mvn clean removes it): " + e);
        }
    }

    /** Where the test realm answers, and the private key of its private_key_jwt client (absent for an external one). */
    public record Identity(String issuer, String jwtClientKeyPkcs8) {

        public String tokenEndpoint() {
            return issuer + "/protocol/openid-connect/token";
        }
    }

    /**
     * Connection details of the shared servers, usable from any class loader.
     *
     * @param kafkaCaPem the CA of the broker's certificate; null for a broker run elsewhere without one (no security)
     */
    public record Endpoints(String kafkaBootstrapServers, String postgresServerUrl, String username, String password,
            String kafkaCaPem) {

        /** The credentials of one principal of {@link KafkaAccessTable} (or the administrator); empty without security. */
        public Optional<KafkaCredentials> kafkaCredentials(String principal) {
            return kafkaCaPem == null ? Optional.empty()
                    : Optional.of(new KafkaCredentials(principal, kafkaPassword(principal), Path.of(kafkaCaPem)));
        }

        /** The administrator's client settings, bootstrap servers included: for tests that make their own clients. */
        public Map<String, Object> kafkaAdminClientProperties() {
            return kafkaCredentials(KafkaAccessTable.ADMIN).map(c -> c.clientProperties(kafkaBootstrapServers))
                    .orElseGet(() -> new LinkedHashMap<>(Map.of("bootstrap.servers", kafkaBootstrapServers)));
        }

        /** The JDBC URL of one database on the shared PostgreSQL server. */
        public String jdbcUrl(String database) {
            return PostgresDatabases.jdbcUrl(postgresServerUrl, database);
        }

        /** Creates the database unless it exists. */
        public void ensureDatabase(String database) {
            PostgresDatabases.ensureDatabase(postgresServerUrl, username, password, database);
        }

        /**
         * A new database on the shared server, named after the prefix and the time, and a data source signing in to it
         * as the server's administrator: for a test that brings its own tables.
         */
        public PGSimpleDataSource newDatabase(String prefix) {
            String database = prefix + "_" + Long.toHexString(System.nanoTime());
            ensureDatabase(database);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl(database));
            dataSource.setUser(username);
            dataSource.setPassword(password);
            return dataSource;
        }

        /**
         * Creates the database with its owner and application roles (see {@link DatabaseRoles}), or brings them up to
         * date, and returns them with their passwords.
         */
        public DatabaseRoles provision(String database) {
            DatabaseRoles roles = DatabaseRoles.of(database, SharedTestInfrastructure::rolePassword);
            PostgresRoles.provision(postgresServerUrl, username, password, roles);
            return roles;
        }

        /** Creates the topics that are missing, with the given partitions. */
        public void createTopics(Collection<String> names, int partitions) {
            KafkaTopics.createIfMissing(kafkaAdminClientProperties(), names, partitions);
        }
    }
}
