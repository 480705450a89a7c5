package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench logs in to Kafka as its own principal, with the password the launcher keeps for it. */
class BenchOptionsKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void logsInAsTheBenchWithThePasswordKeptInTheDataDirectory() throws Exception {
        Files.createDirectories(dataDir.resolve("secrets"));
        Files.writeString(dataDir.resolve("secrets").resolve("kafka-rcm-bench"), "kept-password-0123456789\n");

        Map<String, Object> client = BenchOptions.parse(new String[] {"--data-dir=" + dataDir, "--kafka=127.0.0.1:19092"},
                Map.of()).kafkaClient();

        assertThat(client).containsEntry("bootstrap.servers", "127.0.0.1:19092")
                .containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", dataDir.resolve("tls").resolve("ca.pem").toAbsolutePath().toString());
        assertThat((String) client.get("sasl.jaas.config")).contains("username=\"rcm-bench\"").contains("password=\"kept-password-0123456789\"");
    }

    @Test
    void takesThePasswordFromTheEnvironmentAndSpeaksPlaintextOnlyWhenTold() throws Exception {
        Map<String, Object> fromEnvironment = BenchOptions.parse(new String[] {"--data-dir=" + dataDir},
                Map.of("RCM_BENCH_KAFKA_PASSWORD", "from-the-environment-0123")).kafkaClient();
        assertThat((String) fromEnvironment.get("sasl.jaas.config")).contains("password=\"from-the-environment-0123\"");

        assertThat(BenchOptions.parse(new String[] {"--data-dir=" + dataDir, "--kafka-security=PLAINTEXT"}, Map.of()).kafkaClient())
                .containsOnlyKeys("bootstrap.servers");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchOptions.parse(new String[] {"--data-dir=" + dataDir}, Map.of()).kafkaClient())
                .withMessageContaining("No Kafka password for rcm-bench");
    }
}
