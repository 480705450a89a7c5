package io.openrcm.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each overlay builds, and every object it builds passes the committed schema of its kind. */
class OverlaysTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog(ManifestFiles.SCHEMAS);

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void everyObjectOfTheOverlayPassesItsSchema(String overlay) {
        List<ObjectNode> objects = ManifestFiles.overlay(overlay);
        List<String> problems = objects.stream().flatMap(o -> SCHEMAS.problems(o).stream()).toList();
        assertThat(problems).as("schema problems in overlay " + overlay).isEmpty();
        Map<String, Long> kinds = objects.stream().collect(Collectors.groupingBy(o -> o.path("kind").asText(), Collectors.counting()));
        assertThat(kinds).containsEntry("Deployment", 4L).containsEntry("Cluster", 4L).containsEntry("ScheduledBackup", 4L)
                .containsEntry("Kafka", 1L).containsEntry("KafkaNodePool", 1L).containsEntry("ScaledObject", 3L)
                .containsEntry("PodDisruptionBudget", 4L).containsEntry("ConfigMap", 1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void everyObjectLandsInTheOverlaysNamespace(String overlay) {
        String namespace = "development".equals(overlay) ? "openrcm-dev" : "openrcm";
        assertThat(ManifestFiles.overlay(overlay)).allSatisfy(o ->
                assertThat(o.path("metadata").path("namespace").asText()).as(Kustomization.id(o)).isEqualTo(namespace));
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void imagesAreTaggedByTheOverlay(String overlay) {
        assertThat(ManifestFiles.ofKind(overlay, "Deployment")).allSatisfy(d -> {
            String image = d.at("/spec/template/spec/containers/0/image").asText();
            assertThat(image).endsWith("development".equals(overlay) ? ":0.1.0-SNAPSHOT" : ":0.1.0")
                    .contains("/" + d.path("metadata").path("name").asText() + ":");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void theOidcIssuerIsSetByTheOverlay(String overlay) {
        ObjectNode config = ManifestFiles.ofKind(overlay, "ConfigMap").get(0);
        assertThat(config.at("/data/OIDC_ISSUER").asText()).startsWith("https://").endsWith("/realms/openrcm");
        assertThat(config.at("/data/KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("rcm-kafka-kafka-bootstrap:9093");
    }
}
