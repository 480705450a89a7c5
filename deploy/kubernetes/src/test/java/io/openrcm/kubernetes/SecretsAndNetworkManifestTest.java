package io.openrcm.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets are referenced, never written down; each service reaches only its database, Kafka, OIDC and its callees. */
class SecretsAndNetworkManifestTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*");

    @Test
    void noManifestFileHoldsASecret() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ManifestFiles.ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(ManifestFiles.ROOT.resolve("src"))
                    && !p.startsWith(ManifestFiles.ROOT.resolve("target"))).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            for (ObjectNode document : Yaml.documents(file)) {
                assertThat(document.path("kind").asText()).as(file.toString()).isNotEqualTo("Secret");
            }
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContainPattern("(?i)(password|secret|token)[ \\t]*[:=][ \\t]*['\"]?[A-Za-z0-9+/]{8,}")
                    .doesNotContain("BEGIN PRIVATE KEY").doesNotContain("BEGIN CERTIFICATE");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void secretValuesComeFromSecretsByReference(String overlay) {
        for (ObjectNode deployment : ManifestFiles.ofKind(overlay, "Deployment")) {
            Workloads.env(deployment).forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    assertThat(value).as(deployment.at("/metadata/name").asText() + " " + name).startsWith("secret:");
                }
            });
        }
        ObjectNode config = ManifestFiles.ofKind(overlay, "ConfigMap").get(0);
        config.path("data").fieldNames().forEachRemaining(key -> assertThat(key).doesNotMatch(SECRET_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void eachServiceReachesOnlyItsDatabaseKafkaOidcAndWhatItCalls(String overlay) {
        for (String name : Workloads.MODULES.keySet()) {
            Map<String, String> env = Workloads.env(Workloads.deployment(overlay, name));
            String database = env.get("QUARKUS_DATASOURCE_JDBC_URL").replaceAll("^jdbc:postgresql://([a-z-]+)-rw:.*$", "$1");
            Set<String> calls = new TreeSet<>();
            env.forEach((variable, value) -> {
                if (variable.matches("RCM_.*_URL") && value.startsWith("https://")) {
                    calls.add(value.replaceAll("^https://([a-z-]+)\\..*$", "$1"));
                }
            });
            ObjectNode policy = policyOf(overlay, "app.kubernetes.io~1name", name);
            assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress").contains("Egress");
            Set<String> databases = new TreeSet<>();
            Set<String> services = new TreeSet<>();
            List<String> other = new ArrayList<>();
            for (JsonNode rule : policy.at("/spec/egress")) {
                for (JsonNode peer : rule.path("to")) {
                    JsonNode labels = peer.at("/podSelector/matchLabels");
                    if (labels.has("cnpg.io/cluster")) {
                        databases.add(labels.get("cnpg.io/cluster").asText());
                    } else if (labels.has("app.kubernetes.io/name")) {
                        services.add(labels.get("app.kubernetes.io/name").asText());
                    } else {
                        other.add(peer.toString());
                    }
                }
            }
            assertThat(databases).as(name + "'s databases").containsExactly(database);
            assertThat(services).as(name + "'s callees").isEqualTo(calls);
            assertThat(other).as(name + ": DNS, Kafka and the OIDC provider, nothing open to the world").hasSize(3)
                    .noneMatch(peer -> peer.contains("ipBlock") || peer.equals("{}"));
            ObjectNode databasePolicy = policyOf(overlay, "cnpg.io~1cluster", database);
            assertThat(databasePolicy.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                    .as(database + " admits its service").isEqualTo(name);
        }
        assertThat(Workloads.env(Workloads.deployment(overlay, "reimbursement-service"))).containsKey("RCM_CLAIM_SERVICE_URL");
    }

    private static ObjectNode policyOf(String overlay, String label, String value) {
        List<ObjectNode> policies = ManifestFiles.ofKind(overlay, "NetworkPolicy").stream()
                .filter(p -> value.equals(p.at("/spec/podSelector/matchLabels/" + label).asText())).toList();
        assertThat(policies).as("the NetworkPolicy of " + value).hasSize(1);
        return policies.get(0);
    }
}
