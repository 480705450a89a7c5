package io.openrcm.kubernetes;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The two kinds of patch a kustomization's {@code patches} entry may hold: a mapping, applied as a JSON merge patch
 * (RFC 7386: mappings merge, null removes, anything else replaces), and a list of JSON patch operations (RFC 6902:
 * add, remove, replace). Kustomize applies a mapping as a strategic merge patch; for a custom resource that is the
 * same as a merge patch, and for a built-in kind it differs only where the patch holds a list (Kustomize merges
 * containers, ports, env... by key, a merge patch replaces them), so a list in a merge patch of a built-in kind is
 * refused here rather than built differently from Kustomize.
 */
final class Patches {

    /** Kinds whose Kustomize patches are strategic (list-merging): those of the Kubernetes API itself. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "policy/v1", "networking.k8s.io/v1",
            "autoscaling/v2", "batch/v1", "rbac.authorization.k8s.io/v1");

    private Patches() {
    }

    /** Applies the patch (a mapping or a list of operations) to the object in place. */
    static void apply(ObjectNode target, JsonNode patch, String where) {
        if (patch.isArray()) {
            for (JsonNode operation : patch) {
                operation((ObjectNode) target, operation, where);
            }
        } else if (patch.isObject()) {
            if (BUILT_IN_GROUPS.contains(target.path("apiVersion").asText()) && holdsList(patch.path("spec"))) {
                throw new IllegalArgumentException(where + ": a merge patch of " + target.path("kind").asText()
                        + " holds a list; Kustomize would merge it by key, this subset would replace it: use JSON patch ops");
            }
            ObjectNode body = ((ObjectNode) patch).deepCopy();
            // The patch's own identity names no field to change (with a target it may name any object).
            body.remove("apiVersion");
            body.remove("kind");
            ObjectNode metadata = (ObjectNode) body.get("metadata");
            if (metadata != null) {
                metadata.remove("name");
                if (metadata.isEmpty()) {
                    body.remove("metadata");
                }
            }
            merge(target, body);
        } else {
            throw new IllegalArgumentException(where + ": a patch is a mapping or a list of operations, not " + patch.getNodeType());
        }
    }

    /** RFC 7386 merge of patch into target. */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean holdsList(JsonNode node) {
        if (node.isArray()) {
            return true;
        }
        for (JsonNode child : node) {
            if (holdsList(child)) {
                return true;
            }
        }
        return false;
    }

    private static void operation(ObjectNode root, JsonNode operation, String where) {
        String op = operation.path("op").asText();
        String path = operation.path("path").asText();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException(where + ": JSON patch path must start with /: " + path);
        }
        int cut = path.lastIndexOf('/');
        String last = unescape(path.substring(cut + 1));
        JsonNode parent = path.substring(0, cut).isEmpty() ? root : root.at(path.substring(0, cut));
        if (parent.isMissingNode()) {
            throw new IllegalArgumentException(where + ": " + op + " " + path + ": no such parent");
        }
        switch (op) {
            case "add", "replace" -> {
                JsonNode value = operation.get("value");
                if (value == null) {
                    throw new IllegalArgumentException(where + ": " + op + " " + path + " has no value");
                }
                if ("replace".equals(op) && parent.path(last).isMissingNode() && !(parent.isArray() && !"-".equals(last))) {
                    throw new IllegalArgumentException(where + ": replace " + path + ": nothing there to replace");
                }
                if (parent instanceof ObjectNode object) {
                    object.set(last, value.deepCopy());
                } else if (parent instanceof ArrayNode array) {
                    if ("-".equals(last)) {
                        array.add(value.deepCopy());
                    } else if ("add".equals(op)) {
                        array.insert(Integer.parseInt(last), value.deepCopy());
                    } else {
                        array.set(Integer.parseInt(last), value.deepCopy());
                    }
                }
            }
            case "remove" -> {
                if (parent.path(last).isMissingNode() && !(parent.isArray())) {
                    throw new IllegalArgumentException(where + ": remove " + path + ": nothing there to remove");
                }
                if (parent instanceof ObjectNode object) {
                    object.remove(last);
                } else if (parent instanceof ArrayNode array) {
                    array.remove(Integer.parseInt(last));
                }
            }
            default -> throw new IllegalArgumentException(where + ": JSON patch op " + op + " is not in this subset (add, remove, replace)");
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
