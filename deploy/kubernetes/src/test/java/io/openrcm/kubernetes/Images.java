package io.openrcm.kubernetes;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Kustomize's {@code images} transformer: a container image named name gets newName, newTag or digest. */
final class Images {

    private Images() {
    }

    /** Rewrites every container and init container image of the objects that the entry names. */
    static void apply(ObjectNode entry, List<ObjectNode> objects, Path file) {
        String name = entry.path("name").asText();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(file + ": an images entry needs a name");
        }
        for (ObjectNode object : objects) {
            walk(object, entry, name);
        }
    }

    private static void walk(JsonNode node, ObjectNode entry, String name) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (("containers".equals(field.getKey()) || "initContainers".equals(field.getKey())) && field.getValue().isArray()) {
                    field.getValue().forEach(container -> rewrite((ObjectNode) container, entry, name));
                } else {
                    walk(field.getValue(), entry, name);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, entry, name));
        }
    }

    private static void rewrite(ObjectNode container, ObjectNode entry, String name) {
        String image = container.path("image").asText();
        String repository = repository(image);
        if (!repository.equals(name)) {
            return;
        }
        String tagOrDigest = image.substring(repository.length());
        String newName = entry.path("newName").asText(repository);
        if (entry.hasNonNull("digest")) {
            tagOrDigest = "@" + entry.get("digest").asText();
        } else if (entry.hasNonNull("newTag")) {
            tagOrDigest = ":" + entry.get("newTag").asText();
        }
        container.put("image", newName + tagOrDigest);
    }

    // The image reference without its tag or digest (a registry's port is not a tag).
    static String repository(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at < 0 ? image : image.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }
}
