package io.openrcm.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The committed JSON schemas of deploy/kubernetes/schemas (versions and sources in SOURCES.md), one per apiVersion and
 * kind the manifests use, made strict on loading as kubeconform's -strict does: an object schema that lists its
 * properties and says nothing about others gets {@code additionalProperties: false} (unless it is marked
 * x-kubernetes-preserve-unknown-fields), so a misspelt or misplaced field is an error, as the API server's field
 * validation makes it.
 */
final class SchemaCatalog {

    /** Which schema file checks which apiVersion and kind. */
    static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("v1 ConfigMap", "configmap-v1.json"),
            Map.entry("v1 Service", "service-v1.json"),
            Map.entry("v1 ServiceAccount", "serviceaccount-v1.json"),
            Map.entry("apps/v1 Deployment", "deployment-apps-v1.json"),
            Map.entry("policy/v1 PodDisruptionBudget", "poddisruptionbudget-policy-v1.json"),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", "networkpolicy-networking-v1.json"),
            Map.entry("kafka.strimzi.io/v1beta2 Kafka", "kafka-kafka-v1beta2.json"),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaNodePool", "kafkanodepool-kafka-v1beta2.json"),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaTopic", "kafkatopic-kafka-v1beta2.json"),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaUser", "kafkauser-kafka-v1beta2.json"),
            Map.entry("postgresql.cnpg.io/v1 Cluster", "cluster-postgresql-v1.json"),
            Map.entry("postgresql.cnpg.io/v1 ScheduledBackup", "scheduledbackup-postgresql-v1.json"),
            Map.entry("keda.sh/v1alpha1 ScaledObject", "scaledobject-keda-v1alpha1.json"),
            Map.entry("keda.sh/v1alpha1 TriggerAuthentication", "triggerauthentication-keda-v1alpha1.json"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Map<String, JsonSchema> loaded = new ConcurrentHashMap<>();

    SchemaCatalog(Path directory) {
        this.directory = directory;
    }

    /**
     * What is wrong with the object, one line each (empty when nothing is); an apiVersion and kind without a
     * committed schema is wrong too: nothing goes to a cluster unchecked.
     */
    List<String> problems(JsonNode object) {
        String key = object.path("apiVersion").asText() + " " + object.path("kind").asText();
        String file = FILES.get(key);
        if (file == null) {
            return List.of(Kustomization.id(object) + ": no schema is committed for " + key);
        }
        JsonSchema schema = loaded.computeIfAbsent(file, this::load);
        return schema.validate(object).stream()
                .map(message -> Kustomization.id(object) + ": " + message.getMessage())
                .sorted().toList();
    }

    private JsonSchema load(String file) {
        try {
            JsonNode tree = JSON.readTree(directory.resolve(file).toFile());
            ((ObjectNode) tree).remove("$schema");
            strict(tree);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(tree, config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + file, e);
        }
    }

    static void strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("patternProperties") && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            object.forEach(SchemaCatalog::strict);
        } else if (schema != null && schema.isArray()) {
            schema.forEach(SchemaCatalog::strict);
        }
    }
}
