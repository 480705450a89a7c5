package io.openrcm.claim.it;

import static io.openrcm.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.testsupport.EventContracts;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Assertions on the events this service emitted: their CloudEvents envelope and their payload's shape. */
final class EventAssertions {

    private EventAssertions() {
    }

    static void assertEnvelope(ConsumerRecord<String, String> record, String type, String claimId,
            String correlationId) {
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(type);
        assertThat(header(record, CloudEventHeaders.EVENT_VERSION)).isEqualTo("1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/claim-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(claimId);
        assertThat(header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo(correlationId);
        assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(UUID.fromString(header(record, CloudEventHeaders.ID))).isNotNull();
        assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
    }

    /**
     * The payload is valid against the published schema, the schema's properties are exactly the payload's fields,
     * and every required one is there.
     */
    static void assertSchemaDescribes(String event, JsonNode payload) {
        assertThat(EventContracts.violations(event, payload)).isEmpty();
        JsonNode schema = EventContracts.schema(event);
        Set<String> properties = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        assertThat(fieldNames(payload)).isEqualTo(properties).containsAll(required);
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            names.add(field.getKey());
        }
        return names;
    }
}
