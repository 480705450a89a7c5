package io.openrcm.reimbursement.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** JSON helpers of the tests: the golden examples, and the shape (field paths and node types) of a document. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path CLAIM_SUBMITTED_GOLDEN =
            Path.of("../claim-service/src/main/resources/events/examples/claim-submitted.v1.json");
    static final Path PAYMENT_POSTED_GOLDEN = Path.of("src/main/resources/events/examples/payment-posted.v1.json");

    private Json() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path in the document with the node type found there; array elements share the path {@code []}. */
    static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        walk("", node, shape);
        return shape;
    }

    private static void walk(String path, JsonNode node, Map<String, String> shape) {
        shape.put(path.isEmpty() ? "/" : path, node.getNodeType().name());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(path + "/" + field.getKey(), field.getValue(), shape);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                walk(path + "/[]", element, shape);
            }
        }
    }
}
