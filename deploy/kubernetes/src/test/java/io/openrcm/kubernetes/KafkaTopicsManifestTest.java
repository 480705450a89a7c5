package io.openrcm.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.openrcm.infra.KafkaAccessTable;
import io.openrcm.platform.eventing.Topics;

/** Every topic of the code has its KafkaTopic, every consumed topic its dead-letter topic, with the code's settings. */
class KafkaTopicsManifestTest {

    /** The topic names the platform declares (every public String constant of Topics named like a topic). */
    static Set<String> codeTopics() throws IllegalAccessException {
        Set<String> topics = new LinkedHashSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && ((String) field.get(null)).startsWith("rcm.")) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    /** The topics someone consumes: each has a dead-letter topic. */
    static Set<String> consumedTopics() {
        return KafkaAccessTable.grants().stream().filter(g -> g.use() == KafkaAccessTable.Use.CONSUME)
                .map(KafkaAccessTable.Grant::topic).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theCodeDeclaresTheTopicsThisTestExpects() throws IllegalAccessException {
        assertThat(codeTopics()).contains(Topics.CLAIM_STATUS, Topics.AUDIT_RECORDED).hasSizeGreaterThanOrEqualTo(5);
        assertThat(consumedTopics()).contains(Topics.ENCOUNTER_CODED, Topics.CLAIM_STATUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void everyTopicAndDeadLetterTopicHasAKafkaTopicAndNothingElseDoes(String overlay) throws IllegalAccessException {
        Set<String> expected = new TreeSet<>(codeTopics());
        consumedTopics().forEach(t -> expected.add(Topics.deadLetterOf(t)));
        Set<String> manifests = ManifestFiles.ofKind(overlay, "KafkaTopic").stream()
                .map(t -> t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(manifests).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "production"})
    void everyTopicHasTheSettingsTheCodeGivesIt(String overlay) {
        for (ObjectNode topic : ManifestFiles.ofKind(overlay, "KafkaTopic")) {
            String name = topic.path("metadata").path("name").asText();
            JsonNode config = topic.path("spec").path("config");
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("rcm-kafka");
            for (Map.Entry<String, String> setting : Topics.configOf(name).entrySet()) {
                assertThat(config.path(setting.getKey()).asText()).as(name + " " + setting.getKey()).isEqualTo(setting.getValue());
            }
            if (Topics.configOf(name).isEmpty()) {
                assertThat(config.path("retention.ms").asLong()).as(name + " is kept for a bounded time").isPositive();
            }
        }
        assertThat(config(overlay, Topics.CLAIM_STATUS).path("retention.ms").asText()).isEqualTo("-1");
    }

    @Test
    void productionWritesEveryEventToTwoOfThreeBrokers() {
        ObjectNode pool = ManifestFiles.ofKind("production", "KafkaNodePool").get(0);
        assertThat(pool.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(pool.path("spec").path("roles").toString()).contains("broker").contains("controller");
        ObjectNode kafka = ManifestFiles.ofKind("production", "Kafka").get(0);
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafka.at("/spec/kafka/listeners/0/authentication/type").asText()).isEqualTo("scram-sha-512");
        assertThat(kafka.at("/spec/kafka/listeners/0/tls").asBoolean()).isTrue();
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        for (ObjectNode topic : ManifestFiles.ofKind("production", "KafkaTopic")) {
            assertThat(topic.at("/spec/replicas").asInt()).as(topic.at("/metadata/name").asText()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        }
    }

    @Test
    void developmentRunsOnOneBrokerThatAcceptsWrites() {
        assertThat(ManifestFiles.ofKind("development", "KafkaNodePool").get(0).at("/spec/replicas").asInt()).isEqualTo(1);
        for (ObjectNode topic : ManifestFiles.ofKind("development", "KafkaTopic")) {
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(1);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(1);
        }
    }

    @Test
    void consumersNeverScaleBeyondTheirTopicsPartitions() {
        for (String overlay : ManifestFiles.OVERLAYS) {
            for (ObjectNode scaled : ManifestFiles.ofKind(overlay, "ScaledObject")) {
                int max = scaled.at("/spec/maxReplicaCount").asInt();
                for (JsonNode trigger : scaled.at("/spec/triggers")) {
                    String topic = trigger.at("/metadata/topic").asText();
                    assertThat(max).as(overlay + " " + topic).isLessThanOrEqualTo(config(overlay, topic).isMissingNode() ? 0
                            : partitions(overlay, topic));
                }
            }
        }
    }

    private static JsonNode config(String overlay, String topic) {
        return ManifestFiles.ofKind(overlay, "KafkaTopic").stream()
                .filter(t -> topic.equals(t.at("/metadata/name").asText())).findFirst().orElseThrow()
                .path("spec").path("config");
    }

    private static int partitions(String overlay, String topic) {
        return ManifestFiles.ofKind(overlay, "KafkaTopic").stream()
                .filter(t -> topic.equals(t.at("/metadata/name").asText())).findFirst().orElseThrow()
                .at("/spec/partitions").asInt();
    }
}
