package io.openrcm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structure of a JSON document: every field path with the JSON type of its value ({@code lines[].charge:
 * string}). Two documents with the same structure have the same field names, nesting and value types, whatever
 * their values; array elements are merged under {@code path[]}.
 */
public final class JsonStructure {

    /** A plain mapper for reading test documents. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonStructure() {
    }

    /** Path → type, sorted. */
    public static Map<String, String> of(JsonNode node) {
        Map<String, String> paths = new TreeMap<>();
        walk(node, "", paths);
        return paths;
    }

    /** A JSON text as a tree. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
