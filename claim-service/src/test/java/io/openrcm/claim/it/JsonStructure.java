package io.openrcm.claim.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structure of a JSON document: every field path with the JSON type of its value ({@code lines[].charge:
 * string}). Two documents with the same structure have the same field names, nesting and value types; a null
 * value records only that the field is there, so an optional field that is null matches any type.
 */
public final class JsonStructure {

    private JsonStructure() {
    }

    /** Path → type, sorted; arrays contribute their elements' structure under {@code path[]}. */
    public static Map<String, String> of(JsonNode node) {
        Map<String, String> paths = new TreeMap<>();
        walk(node, "", paths);
        return paths;
    }

    private static void walk(JsonNode node, String path, Map<String, String> paths) {
        if (node.isObject()) {
            if (!path.isEmpty()) {
                paths.put(path, "object");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths);
            }
        } else if (node.isArray()) {
            paths.put(path, "array");
            for (JsonNode element : node) {
                walk(element, path + "[]", paths);
            }
        } else {
            paths.put(path, node.isNull() ? "null" : node.isTextual() ? "string" : node.isNumber() ? "number"
                    : node.isBoolean() ? "boolean" : node.getNodeType().name());
        }
    }
}
