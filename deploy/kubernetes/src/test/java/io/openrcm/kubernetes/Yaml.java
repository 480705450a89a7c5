package io.openrcm.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads and writes the manifests' YAML (several documents a file) as Jackson trees. */
final class Yaml {

    static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private Yaml() {
    }

    /** Every non-empty document of the file, each of which must be a mapping. */
    static List<ObjectNode> documents(Path file) {
        try {
            return documents(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Every non-empty document of the text; where names the text's origin in error messages. */
    static List<ObjectNode> documents(String text, String where) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                JsonNode node = it.nextValue();
                if (node == null || node.isNull() || node.isMissingNode()) {
                    continue;
                }
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException(where + ": a document is not a mapping but " + node.getNodeType());
                }
                documents.add(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse YAML in " + where + ": " + e.getMessage(), e);
        }
        return documents;
    }

    /** One value (a patch may be a mapping or a list of operations). */
    static JsonNode value(String text, String where) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse YAML in " + where + ": " + e.getMessage(), e);
        }
    }

    /** The documents as one YAML stream, separated by ---. */
    static String write(List<? extends JsonNode> documents) {
        StringBuilder out = new StringBuilder();
        for (JsonNode document : documents) {
            if (!out.isEmpty()) {
                out.append("---\n");
            }
            try {
                out.append(MAPPER.writeValueAsString(document));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
