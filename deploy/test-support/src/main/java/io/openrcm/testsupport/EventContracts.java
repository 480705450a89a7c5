package io.openrcm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published event contracts (artifact rcm-event-contracts, on the test classpath): each producer's JSON Schema
 * {@code contracts/<producer>/<event>.schema.json} and golden example {@code contracts/<producer>/examples/<event>.json}.
 */
public final class EventContracts {

    public static final String ENCOUNTER_CODED = "code-service/encounter-coded.v1";
    public static final String CLAIM_SUBMITTED = "claim-service/claim-submitted.v1";
    public static final String CLAIM_STATUS_CHANGED = "claim-service/claim-status-changed.v1";
    public static final String PAYMENT_POSTED = "reimbursement-service/payment-posted.v1";
    public static final String AUDIT_RECORDED = "platform/audit-recorded.v1";

    private EventContracts() {
    }

    /** The golden example's text, such as {@code exampleText(PAYMENT_POSTED)}. */
    public static String exampleText(String event) {
        return text(exampleResource(event));
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden example as a fresh tree, to read or adjust. */
    public static JsonNode example(String event) {
        return JsonStructure.parse(exampleText(event));
    }

    /** The event's JSON Schema as a tree. */
    public static JsonNode schema(String event) {
        return JsonStructure.parse(text(schemaResource(event)));
    }

    /** The violations of the event's schema, with formats (uuid, date, date-time) asserted; empty when valid. */
    public static Set<String> violations(String event, JsonNode payload) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = open(schemaResource(event))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema.validate(payload).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath resource of the event's schema. */
    public static String schemaResource(String event) {
        return "contracts/" + event + ".schema.json";
    }

    /** The classpath resource of the event's golden example. */
    public static String exampleResource(String event) {
        int slash = event.indexOf('/');
        return "contracts/" + event.substring(0, slash) + "/examples" + event.substring(slash) + ".json";
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            in = EventContracts.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath: add the test dependency "
                    + "io.openrcm:rcm-event-contracts");
        }
        return in;
    }
}
