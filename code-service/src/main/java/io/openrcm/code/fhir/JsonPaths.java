package io.openrcm.code.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/** Finds where a key stands in a FHIR JSON document, written as FHIRPath (Claim.item[1].colour). */
final class JsonPaths {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPaths() {
    }

    /** The FHIRPath of the first property with that name, depth first; null when absent or not JSON. */
    static String firstKey(String json, String root, String key) {
        try {
            return find(JSON.readTree(json), root, key);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String find(JsonNode node, String path, String key) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals(key)) {
                    return path + "." + key;
                }
                String found = find(field.getValue(), path + "." + field.getKey(), key);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), path + "[" + i + "]", key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
