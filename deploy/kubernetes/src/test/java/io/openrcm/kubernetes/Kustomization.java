package io.openrcm.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds a kustomization directory as {@code kustomize build} does, for the subset of Kustomize these manifests use:
 * {@code resources} (files and directories), {@code configMapGenerator} (literals; behavior create, merge, replace;
 * name suffix hash disabled), {@code patches} (inline or from a file; a target by group, version, kind and name
 * regex, or the patch's own identity), {@code namespace} and {@code images}. Anything else in a kustomization file is
 * refused, so the manifests cannot quietly rely on a feature this build would ignore. Stricter than Kustomize in one
 * way: a patch that matches no object is an error.
 */
final class Kustomization {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "patches", "images",
            "configMapGenerator", "generatorOptions");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass");

    private Kustomization() {
    }

    /** The objects the kustomization in the directory produces, in order. */
    static List<ObjectNode> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No kustomization.yaml in " + directory);
        }
        List<ObjectNode> documents = Yaml.documents(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " must hold one document");
        }
        ObjectNode k = documents.get(0);
        for (Iterator<String> names = k.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(file + ": '" + name + "' is not in the Kustomize subset this build implements");
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Yaml.documents(path));
        }
        ConfigMapGenerators.apply(k, objects, file);
        for (JsonNode patch : k.path("patches")) {
            patch(directory, (ObjectNode) patch, objects, file);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> metadata(o).put("namespace", namespace));
        }
        for (JsonNode image : k.path("images")) {
            Images.apply((ObjectNode) image, objects, file);
        }
        requireUnique(objects, file);
        return objects;
    }

    /** The object's metadata mapping, created when absent. */
    static ObjectNode metadata(ObjectNode object) {
        return object.has("metadata") ? (ObjectNode) object.get("metadata") : object.putObject("metadata");
    }

    /** apiVersion, kind, namespace and name: what makes an object one of a kind. */
    static String id(JsonNode object) {
        return object.path("apiVersion").asText() + " " + object.path("kind").asText() + " "
                + object.path("metadata").path("namespace").asText("") + "/" + object.path("metadata").path("name").asText();
    }

    private static void patch(Path directory, ObjectNode entry, List<ObjectNode> objects, Path file) {
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("patch", "path", "target").contains(name)) {
                throw new IllegalArgumentException(file + ": patches." + name + " is not in this subset");
            }
        }
        String where = file + " patch " + (entry.has("path") ? entry.get("path").asText() : "#" + objects.size());
        JsonNode patch = entry.has("path")
                ? Yaml.value(read(directory.resolve(entry.get("path").asText())), where)
                : Yaml.value(entry.path("patch").asText(), where);
        JsonNode target = entry.path("target");
        if (target.isMissingNode()) {
            if (!patch.isObject()) {
                throw new IllegalArgumentException(where + ": a JSON patch needs a target");
            }
            target = patch.deepCopy();
            ((ObjectNode) target).put("name", "^" + Pattern.quote(patch.path("metadata").path("name").asText()) + "$");
        }
        int matched = 0;
        for (ObjectNode object : objects) {
            if (matches(target, object, where)) {
                Patches.apply(object, patch, where);
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(where + " matches no object");
        }
    }

    private static boolean matches(JsonNode target, JsonNode object, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String want = field.getValue().asText();
            String apiVersion = object.path("apiVersion").asText();
            boolean ok = switch (field.getKey()) {
                case "kind" -> want.equals(object.path("kind").asText());
                case "name" -> Pattern.compile(anchored(want)).matcher(object.path("metadata").path("name").asText()).matches();
                case "group" -> want.equals(apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "");
                case "version" -> want.equals(apiVersion.substring(apiVersion.indexOf('/') + 1));
                case "apiVersion", "metadata", "spec" -> true;
                default -> throw new IllegalArgumentException(where + ": target." + field.getKey() + " is not in this subset");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // Kustomize matches a target name as a regular expression over the whole name.
    private static String anchored(String regex) {
        return (regex.startsWith("^") ? "" : "^") + regex + (regex.endsWith("$") ? "" : "$");
    }

    private static void requireUnique(List<ObjectNode> objects, Path file) {
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : objects) {
            if (!seen.add(id(object))) {
                throw new IllegalArgumentException(file + ": the object " + id(object) + " is there twice");
            }
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + path, e);
        }
    }
}
