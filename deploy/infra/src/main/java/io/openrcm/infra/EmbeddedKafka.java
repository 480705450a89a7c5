package io.openrcm.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/** A real single-node Kafka broker (KRaft: broker and controller in one) running inside this JVM. */
public final class EmbeddedKafka implements AutoCloseable {

    /** Partitions of an auto-created topic, and the default for {@link #createTopics}. */
    public static final int DEFAULT_PARTITIONS = 6;

    private static final System.Logger LOG = System.getLogger(EmbeddedKafka.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS_ON_PICKED_PORTS = 3;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, int port, Path logDir) {
        this.server = server;
        this.bootstrapServers = "127.0.0.1:" + port;
        this.logDir = logDir;
    }

    /** Starts a broker on the port (0 picks a free one) keeping its log in logDir, and waits until it accepts clients. */
    public static EmbeddedKafka start(Path logDir, int port) {
        return start(logDir, port, DEFAULT_PARTITIONS);
    }

    /** Like {@link #start(Path, int)}, with the partition count given to auto-created topics. */
    public static EmbeddedKafka start(Path logDir, int port, int defaultPartitions) {
        InfraLogging.quietEmbeddedInfrastructure();
        long started = System.nanoTime();
        boolean kept = KafkaLogDirFormatter.isFormatted(logDir);
        try {
            KafkaLogDirFormatter.formatIfNeeded(logDir);
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
                EmbeddedKafka kafka = startOnce(logDir, brokerPort, FreePorts.pick(), defaultPartitions);
                LOG.log(System.Logger.Level.INFO, "Kafka ready on {0} in {1} ms ({2} data in {3})", kafka.bootstrapServers,
                        Elapsed.millisSince(started), kept ? "kept" : "new", logDir);
                return kafka;
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.log(System.Logger.Level.WARNING, "Kafka start attempt {0} of {1} failed: {2}", attempt, attempts, e.getMessage());
            }
        }
        throw new IllegalStateException("Could not start Kafka with its log in " + logDir + ": " + lastFailure.getMessage(), lastFailure);
    }

    private static EmbeddedKafka startOnce(Path logDir, int brokerPort, int controllerPort, int defaultPartitions) {
        KafkaConfig config = KafkaConfig.fromProps(
                KafkaBrokerProperties.singleNode(logDir, brokerPort, controllerPort, defaultPartitions), false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        EmbeddedKafka kafka = new EmbeddedKafka(server, brokerPort, logDir);
        try {
            server.startup();
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

    /** Creates the topics that do not exist yet, with the given partitions; existing ones are left as they are. */
    public void createTopics(Collection<String> names, int partitions) {
        KafkaTopics.createIfMissing(bootstrapServers, names, partitions);
    }

    private void awaitAcceptingClients() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String lastProblem = "no broker registered yet";
        try (Admin admin = Admin.create(KafkaTopics.adminProperties(bootstrapServers))) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException e) {
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
