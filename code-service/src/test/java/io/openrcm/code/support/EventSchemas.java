package io.openrcm.code.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The event contract files of this service: the golden example and the JSON Schema, read from the sources. */
public final class EventSchemas {

    public static final Path GOLDEN_EXAMPLE = Path.of("src/main/resources/events/examples/encounter-coded.v1.json");
    public static final Path SCHEMA = Path.of("src/main/resources/events/encounter-coded.v1.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventSchemas() {
    }

    /** The golden example as a tree. */
    public static JsonNode goldenExample() {
        return read(GOLDEN_EXAMPLE);
    }

    /** The violations of the schema, with formats (uuid, date, date-time) asserted; empty when valid. */
    public static Set<String> violations(JsonNode payload) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema.validate(payload).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON document as a tree. */
    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON text as a tree. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
