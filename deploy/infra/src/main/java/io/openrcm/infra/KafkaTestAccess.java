package io.openrcm.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials test helpers (TopicReader, test clients) use for a broker, registered by its bootstrap servers.
 * JVM-wide through system properties, like {@link SharedTestInfrastructure}'s servers: every class loader of a
 * {@code @QuarkusTest}, and tests driving an in-process stack, see what the infrastructure registered.
 */
public final class KafkaTestAccess {

    private static final String PREFIX = "rcm.infra.kafka.client.";

    private KafkaTestAccess() {
    }

    /** From now on, helpers connecting to these bootstrap servers log in with these credentials. */
    public static void register(String bootstrapServers, KafkaCredentials credentials) {
        System.setProperty(PREFIX + bootstrapServers + ".username", credentials.username());
        System.setProperty(PREFIX + bootstrapServers + ".password", credentials.password());
        System.setProperty(PREFIX + bootstrapServers + ".ca", credentials.caPem().toAbsolutePath().toString());
    }

    /** The credentials registered for these bootstrap servers, if any. */
    public static Optional<KafkaCredentials> credentials(String bootstrapServers) {
        String username = System.getProperty(PREFIX + bootstrapServers + ".username");
        String password = System.getProperty(PREFIX + bootstrapServers + ".password");
        String ca = System.getProperty(PREFIX + bootstrapServers + ".ca");
        if (username == null || password == null || ca == null) {
            return Optional.empty();
        }
        return Optional.of(new KafkaCredentials(username, password, Path.of(ca)));
    }

    /** Client settings for these bootstrap servers: with the registered credentials, or none (an unsecured broker). */
    public static Map<String, Object> clientProperties(String bootstrapServers) {
        return credentials(bootstrapServers).map(c -> c.clientProperties(bootstrapServers))
                .orElseGet(() -> new LinkedHashMap<>(Map.of("bootstrap.servers", bootstrapServers)));
    }
}
