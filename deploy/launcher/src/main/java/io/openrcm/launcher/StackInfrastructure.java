package io.openrcm.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.openrcm.infra.DatabaseRoles;
import io.openrcm.infra.ClientSigningKey;
import io.openrcm.infra.EmbeddedKafka;
import io.openrcm.infra.EmbeddedKeycloak;
import io.openrcm.infra.EmbeddedPostgresServer;
import io.openrcm.infra.KafkaAccessTable;
import io.openrcm.infra.KafkaCredentials;
import io.openrcm.infra.KafkaTestAccess;
import io.openrcm.infra.KafkaTopics;
import io.openrcm.infra.LocalCertificateAuthority;
import io.openrcm.infra.PostgresRoles;
import io.openrcm.infra.OpenRcmRealm;
import io.openrcm.infra.PostgresDatabases;

/**
 * The stack's PostgreSQL, Kafka and OpenID Connect provider: embedded ones it starts and stops (Keycloak with the
 * openrcm realm), or external ones it only uses.
 */
final class StackInfrastructure implements AutoCloseable {

    // Keycloak starts in 15-25 s on an idle machine, several times that on a busy one; a failed start ends sooner.
    private static final Duration KEYCLOAK_STARTUP = Duration.ofMinutes(10);

    private static final System.Logger LOG = System.getLogger(StackInfrastructure.class.getName());
    private static final String SUPERUSER_SECRET = "postgres-superuser";

    private final Object lock = new Object();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafka kafka;
    private EmbeddedKeycloak keycloak;
    private volatile String oidcIssuer;
    private volatile String postgresServerUrl;
    private volatile String postgresUsername;
    private volatile String postgresPassword;
    private volatile String kafkaBootstrapServers;
    private volatile LocalCertificateAuthority certificates;
    private final Map<String, DatabaseRoles> databaseRoles = new LinkedHashMap<>();
    private boolean closed;

    /**
     * Starts or connects PostgreSQL, ensures the databases, then Kafka (its certificate from the stack's CA), its users
     * and ACLs, and its topics.
     */
    void start(StackOptions options, DataDirectory dir, LocalCertificateAuthority ca) {
        certificates = ca;
        // Keycloak takes the longest to start: it comes up while PostgreSQL and Kafka do.
        CompletableFuture<Void> identity = CompletableFuture.runAsync(() -> startIdentity(options, dir));
        try {
            startDataStores(options, dir);
            identity.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            identity.exceptionally(ignored -> null).join();
            throw e;
        }
    }

    private void startIdentity(StackOptions options, DataDirectory dir) {
        if (options.externalOidc().isPresent()) {
            oidcIssuer = options.externalOidc().get();
            return;
        }
        if (options.services().isEmpty()) {
            // Only the data stores were asked for (tools and tests): nobody needs tokens.
            return;
        }
        try {
            // Generated on the first start and kept (owner-only) so the EHR's private_key_jwt client keeps its key.
            ClientSigningKey key = ClientSigningKey.loadOrCreate(dir.keycloak().resolve(OpenRcmRealm.JWT_CLIENT_ID + ".key.pem"));
            oidcIssuer = adopt(OpenRcmRealm.start(dir.keycloak(), options.keycloakPort(),
                    OpenRcmRealm.realmFile(options.repoRoot()), key, KEYCLOAK_STARTUP)).issuer();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + dir.keycloak(), e);
        }
    }

    private void startDataStores(StackOptions options, DataDirectory dir) {
        Optional<ExternalPostgres> external = options.externalPostgres();
        if (external.isPresent()) {
            postgresServerUrl = external.get().serverUrl();
            postgresUsername = external.get().username();
            postgresPassword = external.get().password();
        } else {
            EmbeddedPostgresServer server = adopt(EmbeddedPostgresServer.builder(dir.postgres())
                    .port(options.postgresPort()).persistent(true).superuserPassword(dir.secret(SUPERUSER_SECRET)).start());
            postgresServerUrl = server.serverUrl();
            postgresUsername = server.username();
            postgresPassword = server.password();
        }
        // Each service database with its owner (migrations) and row-only app role, passwords kept in the data directory.
        for (String database : options.databases()) {
            DatabaseRoles roles = DatabaseRoles.of(database, dir::secret);
            PostgresRoles.provision(postgresServerUrl, postgresUsername, postgresPassword, roles);
            synchronized (lock) {
                databaseRoles.put(database, roles);
            }
        }

        if (options.externalKafka().isPresent()) {
            // The organisation's own cluster: its users and ACLs are its operators' (the README lists what to grant).
            kafkaBootstrapServers = options.externalKafka().get();
            KafkaTopics.createIfMissing(Map.<String, Object>of("bootstrap.servers", kafkaBootstrapServers), options.topics(), options.kafkaPartitions());
            return;
        }
        EmbeddedKafka broker = adopt(startKafka(options.kafkaPort(), options, dir));
        kafkaBootstrapServers = broker.bootstrapServers();
        // Every principal of KafkaAccessTable with its password (made once, kept 0600 beside the database roles') and
        // exactly the table's ACLs, refreshed at every start.
        broker.provisionUsers(user -> dir.secret(kafkaSecret(user)));
        KafkaTopics.createIfMissing(broker.adminClientProperties(), options.topics(), options.kafkaPartitions());
        // Tests and the chaos bench driving this stack in-process read the topics as the administrator.
        KafkaTestAccess.register(kafkaBootstrapServers, broker.adminCredentials());
    }

    private EmbeddedKafka startKafka(int port, StackOptions options, DataDirectory dir) {
        return EmbeddedKafka.start(dir.kafka(), port, options.kafkaPartitions(), certificates, dir.secret(kafkaSecret(KafkaAccessTable.ADMIN)));
    }

    /** The secret file of a Kafka user's password. */
    static String kafkaSecret(String user) {
        return "kafka-" + user;
    }

    /** How a principal of the embedded broker logs in (its password kept in the data directory); never print it. */
    KafkaCredentials kafkaCredentials(DataDirectory dir, String user) {
        return new KafkaCredentials(user, dir.secret(kafkaSecret(user)), certificates.caPem());
    }

    // A server that finished starting after close() began is stopped at once instead of being left running.
    private <T extends AutoCloseable> T adopt(T server) {
        synchronized (lock) {
            if (!closed) {
                if (server instanceof EmbeddedPostgresServer pg) {
                    postgres = pg;
                } else if (server instanceof EmbeddedKafka broker) {
                    kafka = broker;
                } else if (server instanceof EmbeddedKeycloak provider) {
                    keycloak = provider;
                }
                return server;
            }
        }
        closeQuietly("a server started during shutdown", server);
        throw new StackException("The stack was closed while starting");
    }

    /** Stops the embedded PostgreSQL, keeping its data: the services see a database outage. */
    void stopPostgres() {
        EmbeddedPostgresServer server;
        synchronized (lock) {
            if (postgres == null) {
                throw new IllegalStateException("No embedded PostgreSQL is running");
            }
            server = postgres;
            postgres = null;
        }
        server.close();
    }

    /** Starts the embedded PostgreSQL again on its data and its port, after {@link #stopPostgres()}. */
    void restartPostgres(DataDirectory dir) {
        synchronized (lock) {
            if (postgres != null || postgresServerUrl == null) {
                throw new IllegalStateException("Embedded PostgreSQL is running or was never started");
            }
        }
        int port = Integer.parseInt(postgresServerUrl.replaceAll(".*:(\\d+)/?$", "$1"));
        adopt(EmbeddedPostgresServer.builder(dir.postgres()).port(port).persistent(true)
                .superuserPassword(dir.secret(SUPERUSER_SECRET)).start());
    }

    /** Stops the embedded broker, keeping its log: the services see the broker away (chaos runs). */
    void stopKafka() {
        EmbeddedKafka broker;
        synchronized (lock) {
            if (kafka == null) {
                throw new IllegalStateException("No embedded Kafka is running");
            }
            broker = kafka;
            kafka = null;
        }
        broker.close();
    }

    /** Starts the embedded broker again on its log and its port, after {@link #stopKafka()}. */
    void restartKafka(StackOptions options, DataDirectory dir) {
        synchronized (lock) {
            if (kafka != null || kafkaBootstrapServers == null || options.externalKafka().isPresent()) {
                throw new IllegalStateException("Embedded Kafka is running, external, or was never started");
            }
        }
        int port = Integer.parseInt(kafkaBootstrapServers.replaceAll(".*:(\\d+)$", "$1"));
        adopt(startKafka(port, options, dir));
    }

    String postgresServerUrl() {
        return postgresServerUrl;
    }

    String postgresUsername() {
        return postgresUsername;
    }

    String postgresPassword() {
        return postgresPassword;
    }

    /** The roles of one service database, as provisioned at start. */
    DatabaseRoles databaseRoles(String database) {
        synchronized (lock) {
            DatabaseRoles roles = databaseRoles.get(database);
            if (roles == null) {
                throw new IllegalArgumentException("No database " + database + " in this stack; known: " + databaseRoles.keySet());
            }
            return roles;
        }
    }

    /** The issuer (auth-server URL) of the services' tokens. */
    String oidcIssuer() {
        return oidcIssuer;
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Stops the embedded Kafka, then the embedded PostgreSQL (services must be stopped before). */
    @Override
    public void close() {
        EmbeddedKafka broker;
        EmbeddedPostgresServer server;
        EmbeddedKeycloak provider;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            broker = kafka;
            server = postgres;
            provider = keycloak;
        }
        closeQuietly("Keycloak", provider);
        closeQuietly("Kafka", broker);
        closeQuietly("PostgreSQL", server);
    }

    private static void closeQuietly(String what, AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Could not stop " + what + " cleanly: " + e.getMessage());
        }
    }
}
