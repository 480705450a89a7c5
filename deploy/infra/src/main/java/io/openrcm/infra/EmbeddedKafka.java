package io.openrcm.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one) running inside this JVM, secured as a
 * production one: SASL/SCRAM over TLS with ACLs (see {@link KafkaBrokerProperties} and {@link KafkaAccessTable}).
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** Partitions of an auto-created topic, and the default for {@link #createTopics}. */
    public static final int DEFAULT_PARTITIONS = 6;

    private static final System.Logger LOG = System.getLogger(EmbeddedKafka.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS_ON_PICKED_PORTS = 3;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;
    private final KafkaCredentials admin;
    private final int internalPort;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, int port, int internalPort, Path logDir, KafkaCredentials admin) {
        this.server = server;
        this.bootstrapServers = "127.0.0.1:" + port;
        this.internalPort = internalPort;
        this.logDir = logDir;
        this.admin = admin;
    }

    /**
     * Starts a broker on the port (0 picks a free one) keeping its log in logDir, and waits until it accepts clients.
     * Its certificate authority and administrator password are kept beside the log, in {@code <logDir>-tls}.
     */
    public static EmbeddedKafka start(Path logDir, int port) {
        Path tls = logDir.resolveSibling(logDir.getFileName() + "-tls");
        try {
            PrivateFiles.createPrivateDirectory(tls);
            LocalCertificateAuthority ca = LocalCertificateAuthority.openOrCreate(tls, PrivateFiles.secret(tls.resolve("keystore-password")));
            return start(logDir, port, DEFAULT_PARTITIONS, ca, PrivateFiles.secret(tls.resolve("kafka-admin-password")));
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare the broker's certificates in " + tls + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts a broker whose certificate the CA issues (kept in the CA's directory), with the administrator
     * {@link KafkaAccessTable#ADMIN} logging in with adminPassword; the partition count is given to auto-created topics.
     * No other user exists until {@link KafkaUsers#provision} creates them.
     */
    public static EmbeddedKafka start(Path logDir, int port, int defaultPartitions, LocalCertificateAuthority ca, String adminPassword) {
        InfraLogging.quietEmbeddedInfrastructure();
        long started = System.nanoTime();
        KafkaBrokerSecurity security = KafkaBrokerSecurity.of(ca, adminPassword);
        boolean kept = KafkaLogDirFormatter.isFormatted(logDir);
        try {
            KafkaLogDirFormatter.formatIfNeeded(logDir, adminPassword);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
        if (port != 0 && !FreePorts.isFree(port)) {
            throw new IllegalStateException("Cannot start Kafka: port " + port + " on 127.0.0.1 is already in use"
                    + " (another broker or a previous run still running?)");
        }
        // Picked ports can be taken by someone else before the broker binds them: then try again with new ones.
        int attempts = port == 0 ? ATTEMPTS_ON_PICKED_PORTS : 1;
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            int brokerPort = port == 0 ? FreePorts.pick() : port;
            try {
                EmbeddedKafka kafka = startOnce(logDir, brokerPort, FreePorts.pick(), FreePorts.pick(), defaultPartitions, security, kept);
                LOG.log(System.Logger.Level.INFO, "Kafka ready on {0} (SASL_SSL) in {1} ms ({2} data in {3})", kafka.bootstrapServers,
                        Elapsed.millisSince(started), kept ? "kept" : "new", logDir);
                return kafka;
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.log(System.Logger.Level.WARNING, "Kafka start attempt {0} of {1} failed: {2}", attempt, attempts, e.getMessage());
            }
        }
        throw new IllegalStateException("Could not start Kafka with its log in " + logDir + ": " + lastFailure.getMessage(), lastFailure);
    }

    private static EmbeddedKafka startOnce(Path logDir, int brokerPort, int internalPort, int controllerPort, int defaultPartitions,
            KafkaBrokerSecurity security, boolean kept) {
        KafkaConfig config = KafkaConfig.fromProps(
                KafkaBrokerProperties.singleNode(logDir, brokerPort, internalPort, controllerPort, defaultPartitions, security), false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        EmbeddedKafka kafka = new EmbeddedKafka(server, brokerPort, internalPort, logDir, security.admin());
        try {
            server.startup();
            if (kept) {
                // A log formatted before the administrator existed, or with another password: set it on the internal
                // listener, where the broker's own certificate is the superuser.
                kafka.setAdminPasswordAsTheBroker(security, internalPort);
            }
            kafka.awaitAcceptingClients();
            return kafka;
        } catch (RuntimeException e) {
            try {
                kafka.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Where clients connect, as host:port. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker's log (and metadata) directory. */
    public Path logDirectory() {
        return logDir;
    }

    /** The broker's internal listener (mutual TLS), host:port: for tests that it lets no other certificate in. */
    String internalListener() {
        return "127.0.0.1:" + internalPort;
    }

    /** The superuser's credentials (the launcher's and the test infrastructure's, never a service's). */
    public KafkaCredentials adminCredentials() {
        return admin;
    }

    /** Client settings of the superuser for this broker, bootstrap servers included. */
    public Map<String, Object> adminClientProperties() {
        return admin.clientProperties(bootstrapServers);
    }

    /** Creates the topics that do not exist yet, with the given partitions; existing ones are left as they are. */
    public void createTopics(Collection<String> names, int partitions) {
        KafkaTopics.createIfMissing(adminClientProperties(), names, partitions);
    }

    /** Creates or refreshes every user of {@link KafkaAccessTable} with its password, and their ACLs. */
    public void provisionUsers(UnaryOperator<String> passwordOf) {
        KafkaUsers.provision(adminClientProperties(), passwordOf);
    }

    private void setAdminPasswordAsTheBroker(KafkaBrokerSecurity security, int internalPort) {
        Map<String, Object> props = security.internalClientProperties("127.0.0.1:" + internalPort);
        try (Admin broker = Admin.create(props)) {
            KafkaUsers.setPasswords(broker, List.of(KafkaAccessTable.ADMIN), user -> security.adminPassword());
        }
    }

    private void awaitAcceptingClients() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String lastProblem = "no broker registered yet";
        Map<String, Object> props = adminClientProperties();
        props.putAll(KafkaTopics.timeouts());
        try (Admin client = Admin.create(props)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!client.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException e) {
                    // A refused login is retried too: the SCRAM users reach the broker's cache a moment after start.
                    lastProblem = e.getCause().getMessage();
                } catch (TimeoutException e) {
                    lastProblem = "no answer within 5 s";
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka on " + bootstrapServers, e);
        }
        throw new IllegalStateException("Kafka on " + bootstrapServers + " did not accept clients within "
                + READY_TIMEOUT.toSeconds() + " s: " + lastProblem);
    }

    /** Shuts the broker down and waits until it has stopped; the log directory is kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        LOG.log(System.Logger.Level.INFO, "Kafka on {0} stopped in {1} ms", bootstrapServers, Elapsed.millisSince(started));
    }
}
