package io.openrcm.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one Kafka principal connects: SASL/SCRAM-SHA-512 over TLS, trusting one CA certificate (PEM), such as the local
 * stack's {@code tls/ca.pem}. Gives the same settings as plain client properties, as a Quarkus service's {@code kafka.*}
 * configuration, and as the environment the launcher hands a service.
 *
 * @param username the SCRAM user, which is the principal the broker's ACLs name ({@code User:<username>})
 * @param password its password; never print it
 * @param caPem    the CA certificate the broker's certificate chains to
 */
public record KafkaCredentials(String username, String password, Path caPem) {

    public static final String SECURITY_PROTOCOL = "SASL_SSL";
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";
    static final String LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    public KafkaCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(caPem, "caPem");
        // The JAAS line quotes both values: a quote or backslash would end them early.
        if (username.matches(".*[\"\\\\;\\s].*") || password.matches(".*[\"\\\\].*")) {
            throw new IllegalArgumentException("A Kafka user name or password may not hold quotes or backslashes (user " + username + ")");
        }
    }

    /** The client settings, without the bootstrap servers: for a producer, consumer or admin client. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("security.protocol", SECURITY_PROTOCOL);
        props.put("sasl.mechanism", SASL_MECHANISM);
        props.put("sasl.jaas.config", jaasConfig(username, password));
        props.put("ssl.truststore.type", "PEM");
        props.put("ssl.truststore.location", caPem.toAbsolutePath().toString());
        return props;
    }

    /** The client settings with the bootstrap servers. */
    public Map<String, Object> clientProperties(String bootstrapServers) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.putAll(clientProperties());
        return props;
    }

    /**
     * A service's configuration (its application.properties reads the user and password from {@code rcm.kafka.*} into
     * {@code kafka.sasl.jaas.config}); what a {@code @QuarkusTest}'s test resource returns.
     */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.security.protocol", SECURITY_PROTOCOL);
        config.put("kafka.sasl.mechanism", SASL_MECHANISM);
        config.put("rcm.kafka.username", username);
        config.put("rcm.kafka.password", password);
        config.put("kafka.ssl.truststore.type", "PEM");
        config.put("kafka.ssl.truststore.location", caPem.toAbsolutePath().toString());
        return config;
    }

    /** The same as environment variables of a service process (the launcher's way). */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_SECURITY_PROTOCOL", SECURITY_PROTOCOL);
        env.put("KAFKA_SASL_MECHANISM", SASL_MECHANISM);
        env.put("RCM_KAFKA_USERNAME", username);
        env.put("RCM_KAFKA_PASSWORD", password);
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", caPem.toAbsolutePath().toString());
        return env;
    }

    static String jaasConfig(String username, String password) {
        return LOGIN_MODULE + " required username=\"" + username + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        // Never print a password.
        return "KafkaCredentials[" + username + ", CA " + caPem + "]";
    }
}
