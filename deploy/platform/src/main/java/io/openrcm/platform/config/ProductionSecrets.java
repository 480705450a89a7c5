package io.openrcm.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges the passwords a service is configured with before it may run in production: each must be set, not a
 * well-known default, not the user name, and long enough to have been generated. Names what is wrong, never a value.
 */
public final class ProductionSecrets {

    /** Shorter than this, a password was typed rather than generated (the launcher makes 32 characters). */
    static final int MIN_LENGTH = 16;

    // The passwords of tutorials, images and earlier versions of this project's own configuration.
    private static final Set<String> WELL_KNOWN = Set.of("postgres", "password", "changeme", "change-me", "change_me",
            "secret", "admin", "root", "test", "kafka", "keycloak", "openrcm", "rcm", "guest", "letmein", "123456",
            "passw0rd", "changeit", "default");

    /** A password property and, when there is one, the property naming its user. */
    record Secret(String passwordProperty, String userProperty, boolean required) {
    }

    static final List<Secret> CHECKED = List.of(
            new Secret("quarkus.datasource.password", "quarkus.datasource.username", true),
            new Secret("quarkus.flyway.password", "quarkus.flyway.username", false),
            new Secret("quarkus.http.ssl.certificate.key-store-password", null, false),
            new Secret("quarkus.http.ssl.certificate.trust-store-password", null, false),
            // The service's Kafka user (SASL/SCRAM); not required, as another login module may be configured instead.
            new Secret("rcm.kafka.password", "rcm.kafka.username", false));

    private ProductionSecrets() {
    }

    /** Every problem found, one sentence each; empty when production may start. */
    public static List<String> problems(Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        for (Secret secret : CHECKED) {
            Optional<String> value = config.apply(secret.passwordProperty()).filter(v -> !v.isBlank());
            if (value.isEmpty()) {
                if (secret.required()) {
                    problems.add(secret.passwordProperty() + " is not set");
                }
                continue;
            }
            String password = value.get();
            Optional<String> user = secret.userProperty() == null ? Optional.empty() : config.apply(secret.userProperty());
            if (WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
                problems.add(secret.passwordProperty() + " is a well-known default password");
            } else if (user.filter(password::equalsIgnoreCase).isPresent()) {
                problems.add(secret.passwordProperty() + " equals the user name in " + secret.userProperty());
            } else if (password.length() < MIN_LENGTH) {
                problems.add(secret.passwordProperty() + " is shorter than " + MIN_LENGTH + " characters");
            }
        }
        return problems;
    }
}
