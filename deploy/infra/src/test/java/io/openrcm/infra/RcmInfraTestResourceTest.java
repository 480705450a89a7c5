package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class RcmInfraTestResourceTest {

    @Test
    void givesEachServiceItsDatabaseOnTheSharedServers() throws Exception {
        Map<String, String> claims = startedWith(Map.of("database", "claims", "topics", "claims.v1, encounters.v1"));
        Map<String, String> code = startedWith(Map.of("database", "code"));

        assertThat(claims.get("quarkus.datasource.jdbc.url")).endsWith("/claims");
        assertThat(code.get("quarkus.datasource.jdbc.url")).endsWith("/code");
        assertThat(code.get("kafka.bootstrap.servers")).isEqualTo(claims.get("kafka.bootstrap.servers"));
        // The service runs as its row-only role; Flyway migrates as the owner.
        assertThat(claims).containsEntry("quarkus.datasource.username", "rcm_claims_app")
                .containsEntry("quarkus.flyway.username", "rcm_claims_owner");
        try (Connection connection = DriverManager.getConnection(claims.get("quarkus.datasource.jdbc.url"),
                claims.get("quarkus.datasource.username"), claims.get("quarkus.datasource.password"))) {
            assertThat(connection.isValid(5)).isTrue();
        }
        try (Admin admin = Admin.create(SharedTestInfrastructure.endpoints().kafkaAdminClientProperties())) {
            assertThat(admin.listTopics().names().get()).contains("claims.v1", "encounters.v1");
        }
        // Each service logs in to Kafka as its own principal, over TLS.
        assertThat(claims).containsEntry("kafka.security.protocol", "SASL_SSL").containsEntry("rcm.kafka.username", "claim-service");
        assertThat(code).containsEntry("rcm.kafka.username", "code-service");
        assertThat(claims.get("rcm.kafka.password")).isNotBlank().isNotEqualTo(code.get("rcm.kafka.password"));
        Map<String, Object> asClaimService = new KafkaCredentials(claims.get("rcm.kafka.username"), claims.get("rcm.kafka.password"),
                Path.of(claims.get("kafka.ssl.truststore.location"))).clientProperties(claims.get("kafka.bootstrap.servers"));
        try (Admin client = Admin.create(asClaimService)) {
            assertThat(client.describeCluster().nodes().get()).hasSize(1);
        }
    }

    @Test
    void refusesToStartWithoutADatabase() {
        RcmInfraTestResource resource = new RcmInfraTestResource();

        assertThatIllegalArgumentException().isThrownBy(() -> resource.init(Map.of()))
                .withMessageContaining("@ResourceArg(name = \"database\"");
    }

    private static Map<String, String> startedWith(Map<String, String> args) {
        RcmInfraTestResource resource = new RcmInfraTestResource();
        resource.init(args);
        return resource.start();
    }
}
