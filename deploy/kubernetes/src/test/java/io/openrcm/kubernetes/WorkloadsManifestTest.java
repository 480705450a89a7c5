package io.openrcm.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.openrcm.infra.KafkaAccessTable;

/** Every Deployment is probed, bounded, unprivileged, and given every setting its service needs to run in a pod. */
class WorkloadsManifestTest {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^:}]+)(:([^}]*))?}");

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void everyDeploymentHasHealthProbesResourcesAndRunsUnprivileged(String overlay) {
        assertThat(ManifestFiles.ofKind(overlay, "Deployment")).extracting(d -> d.at("/metadata/name").asText())
                .containsExactlyInAnyOrderElementsOf(Workloads.MODULES.keySet());
        for (ObjectNode deployment : ManifestFiles.ofKind(overlay, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).as(name).isPositive();
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).as(name).isFalse();
            for (JsonNode container : pod.path("containers")) {
                assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/ready");
                assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/live");
                assertThat(container.at("/resources/requests/cpu").asText()).as(name).isNotEmpty();
                assertThat(container.at("/resources/requests/memory").asText()).as(name).isNotEmpty();
                assertThat(container.at("/resources/limits/memory").asText()).as(name).isNotEmpty();
                assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
                assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(container.at("/securityContext/capabilities/drop").toString()).as(name).contains("ALL");
            }
            assertThat(ManifestFiles.ofKind(overlay, "PodDisruptionBudget"))
                    .anySatisfy(pdb -> assertThat(pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name));
        }
    }

    /**
     * A property the service reads from an unset variable (no default), or whose value points at the loopback
     * interface (right for the local stack, wrong in a pod), must be set by the Deployment's environment.
     */
    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void everyDeploymentSetsWhatItsServiceCannotDefault(String overlay) {
        for (String name : Workloads.MODULES.keySet()) {
            Map<String, String> env = Workloads.env(Workloads.deployment(overlay, name));
            Properties properties = Workloads.applicationProperties(name);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("%") || key.equals("quarkus.http.host")) {
                    continue;
                }
                String value = properties.getProperty(key);
                if (value.contains("localhost") || value.contains("127.0.0.1")) {
                    Matcher reference = REFERENCE.matcher(value);
                    String variable = reference.find() ? Workloads.envName(reference.group(1)) : Workloads.envName(key);
                    assertThat(env).as(name + " must set " + variable + " (" + key + " points at the loopback interface)")
                            .containsKey(variable);
                }
                Matcher reference = REFERENCE.matcher(value);
                while (reference.find()) {
                    boolean defined = properties.containsKey(reference.group(1)) || reference.group(2) != null;
                    if (!defined) {
                        assertThat(env).as(name + " must set " + Workloads.envName(reference.group(1)) + " (read by " + key + ")")
                                .containsKey(Workloads.envName(reference.group(1)));
                    }
                }
            }
            assertThat(env).as(name).containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                    "QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD", "RCM_KAFKA_PASSWORD", "KAFKA_SSL_TRUSTSTORE_LOCATION");
            assertThat(env.get("RCM_KAFKA_USERNAME")).as(name).isEqualTo(properties.getProperty("rcm.kafka.username"));
            assertThat(KafkaAccessTable.principals()).contains(env.get("RCM_KAFKA_USERNAME"));
            assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo("configMap:openrcm-config/OIDC_ISSUER");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void consumersScaleOnTheLagOfTheirOwnGroups(String overlay) {
        for (ObjectNode scaled : ManifestFiles.ofKind(overlay, "ScaledObject")) {
            String name = scaled.at("/spec/scaleTargetRef/name").asText();
            for (JsonNode trigger : scaled.at("/spec/triggers")) {
                assertThat(trigger.path("type").asText()).isEqualTo("kafka");
                String topic = trigger.at("/metadata/topic").asText();
                String group = trigger.at("/metadata/consumerGroup").asText();
                assertThat(KafkaAccessTable.grants()).as(name + " consumes " + topic + " in " + group).anySatisfy(g -> {
                    assertThat(g.principal()).isEqualTo(name);
                    assertThat(g.use()).isEqualTo(KafkaAccessTable.Use.CONSUME);
                    assertThat(g.topic()).isEqualTo(topic);
                    assertThat(g.groupPrefixed() ? group.startsWith(g.group()) : group.equals(g.group())).isTrue();
                });
            }
        }
        assertThat(ManifestFiles.ofKind(overlay, "ScaledObject")).extracting(s -> s.at("/spec/scaleTargetRef/name").asText())
                .containsExactlyInAnyOrder("claim-service", "reimbursement-service", "dashboard");
        String dashboardGroup = Workloads.applicationProperties("dashboard").getProperty("rcm.dashboard.consumer-group");
        assertThat(ManifestFiles.ofKind(overlay, "ScaledObject")).anySatisfy(s ->
                assertThat(s.at("/spec/triggers/0/metadata/consumerGroup").asText()).isEqualTo(dashboardGroup));
    }
}
