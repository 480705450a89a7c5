package io.openrcm.code.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a JSON document: each field path with its JSON type, array elements merged under {@code []}. Two
 * documents with the same shape have the same field names at the same places, whatever their values.
 */
public final class JsonStructure {

    private JsonStructure() {
    }

    /** Paths such as {@code /serviceLines/[]/modifiers:array}. */
    public static Set<String> of(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        walk("", node, paths);
        return paths;
    }

    private static void walk(String path, JsonNode node, Set<String> paths) {
        paths.add(path + ":" + node.getNodeType().name().toLowerCase());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(path + "/" + field.getKey(), field.getValue(), paths);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                walk(path + "/[]", element, paths);
            }
        }
    }
}
