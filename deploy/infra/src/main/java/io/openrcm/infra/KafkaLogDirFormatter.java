package io.openrcm.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/** Formats a KRaft log directory once, the way `kafka-storage.sh format --standalone` would, and never again. */
final class KafkaLogDirFormatter {

    private static final System.Logger LOG = System.getLogger(KafkaLogDirFormatter.class.getName());

    private KafkaLogDirFormatter() {
    }

    static boolean isFormatted(Path logDir) {
        return Files.isRegularFile(logDir.resolve("meta.properties"));
    }

    /**
     * Formats the directory with a new cluster id unless it already holds a formatted log (kept data). The metadata
     * log starts with the administrator's SCRAM user, so the first client to log in can be the administrator.
     */
    static void formatIfNeeded(Path logDir, String adminPassword) throws IOException {
        if (isFormatted(logDir)) {
            LOG.log(System.Logger.Level.DEBUG, "Kafka log dir {0} is already formatted; reusing its data", logDir);
            return;
        }
        Files.createDirectories(logDir);
        String dir = logDir.toAbsolutePath().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(out)
                    .setNodeId(KafkaBrokerProperties.NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dir))
                    .setMetadataLogDirectory(dir)
                    .setControllerListenerName(KafkaBrokerProperties.CONTROLLER_LISTENER)
                    .setHasDynamicQuorum(false)
                    .setScramArguments(List.of(KafkaCredentials.SASL_MECHANISM + "=[name=" + KafkaAccessTable.ADMIN
                            + ",iterations=" + KafkaUsers.ITERATIONS + ",password=" + adminPassword + "]"))
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Could not format the Kafka log directory " + dir + ": " + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.DEBUG, "Formatted {0}: {1}", dir, output.toString(StandardCharsets.UTF_8).trim());
    }
}
