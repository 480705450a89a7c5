package io.openrcm.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static final String GENERATED = "Vq3pY8n0s5dXc2LwR7tJ1mKz4bHf6gUe";

    @Test
    void generatedPasswordsPass() {
        assertThat(problemsOf(Map.of("quarkus.datasource.username", "rcm_claims_app", "quarkus.datasource.password", GENERATED,
                "quarkus.flyway.username", "rcm_claims_owner", "quarkus.flyway.password", GENERATED + "x"))).isEmpty();
    }

    @Test
    void aMissingDatabasePasswordIsRefused() {
        assertThat(problemsOf(Map.of("quarkus.datasource.username", "rcm_claims_app")))
                .containsExactly("quarkus.datasource.password is not set");
    }

    @Test
    void wellKnownShortAndUserNamePasswordsAreRefusedByNameWithoutTheirValue() {
        List<String> problems = problemsOf(Map.of(
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "Postgres",
                "quarkus.flyway.username", "rcm_claims_owner_with_a_long_name", "quarkus.flyway.password", "rcm_claims_owner_with_a_long_name",
                "quarkus.http.ssl.certificate.key-store-password", "hunter2"));

        assertThat(problems).containsExactly(
                "quarkus.datasource.password is a well-known default password",
                "quarkus.flyway.password equals the user name in quarkus.flyway.username",
                "quarkus.http.ssl.certificate.key-store-password is shorter than 16 characters");
        assertThat(String.join(" ", problems)).doesNotContain("hunter2");
    }

    @Test
    void aWeakKafkaPasswordIsRefused() {
        assertThat(problemsOf(Map.of("quarkus.datasource.username", "rcm_claims_app", "quarkus.datasource.password", GENERATED,
                "rcm.kafka.username", "claim-service", "rcm.kafka.password", "kafka")))
                .containsExactly("rcm.kafka.password is a well-known default password");
    }

    private static List<String> problemsOf(Map<String, String> config) {
        Map<String, String> copy = new HashMap<>(config);
        return ProductionSecrets.problems(name -> Optional.ofNullable(copy.get(name)));
    }
}
