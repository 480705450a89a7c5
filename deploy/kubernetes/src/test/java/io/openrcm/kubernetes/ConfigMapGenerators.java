package io.openrcm.kubernetes;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Kustomize's {@code configMapGenerator} for literals, with {@code generatorOptions.disableNameSuffixHash: true}
 * required: the name suffix hash (and the rewriting of every reference to the ConfigMap it needs) is not in this subset.
 */
final class ConfigMapGenerators {

    private ConfigMapGenerators() {
    }

    /** Adds, merges or replaces the kustomization's generated ConfigMaps in objects. */
    static void apply(ObjectNode kustomization, List<ObjectNode> objects, Path file) {
        JsonNode generators = kustomization.path("configMapGenerator");
        if (generators.isMissingNode() || generators.isEmpty()) {
            return;
        }
        if (!kustomization.path("generatorOptions").path("disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalArgumentException(file + ": configMapGenerator needs generatorOptions.disableNameSuffixHash: true here");
        }
        for (JsonNode generator : generators) {
            for (Iterator<String> names = generator.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("name", "behavior", "literals").contains(name)) {
                    throw new IllegalArgumentException(file + ": configMapGenerator." + name + " is not in this subset");
                }
            }
            String name = generator.path("name").asText();
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            for (JsonNode literal : generator.path("literals")) {
                String text = literal.asText();
                int eq = text.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException(file + ": literal '" + text + "' of " + name + " is not KEY=VALUE");
                }
                data.put(text.substring(0, eq), text.substring(eq + 1));
            }
            ObjectNode existing = objects.stream()
                    .filter(o -> "ConfigMap".equals(o.path("kind").asText()) && name.equals(o.path("metadata").path("name").asText()))
                    .findFirst().orElse(null);
            String behavior = generator.path("behavior").asText("create");
            switch (behavior) {
                case "create" -> {
                    if (existing != null) {
                        throw new IllegalArgumentException(file + ": ConfigMap " + name + " exists already; use behavior merge or replace");
                    }
                    ObjectNode map = JsonNodeFactory.instance.objectNode();
                    map.put("apiVersion", "v1");
                    map.put("kind", "ConfigMap");
                    map.putObject("metadata").put("name", name);
                    map.set("data", data);
                    objects.add(map);
                }
                case "merge", "replace" -> {
                    if (existing == null) {
                        throw new IllegalArgumentException(file + ": ConfigMap " + name + " to " + behavior + " does not exist");
                    }
                    if ("replace".equals(behavior) || !existing.has("data")) {
                        existing.set("data", data);
                    } else {
                        ((ObjectNode) existing.get("data")).setAll(data);
                    }
                }
                default -> throw new IllegalArgumentException(file + ": unknown behavior " + behavior + " of " + name);
            }
        }
    }
}
