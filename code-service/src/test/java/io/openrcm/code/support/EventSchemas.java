package io.openrcm.code.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.openrcm.testsupport.EventContracts;
import io.openrcm.testsupport.JsonStructure;
import java.util.Set;

/** This service's published EncounterCoded contract (rcm-event-contracts): the golden example and the schema. */
public final class EventSchemas {

    private EventSchemas() {
    }

    /** The golden example as a tree. */
    public static JsonNode goldenExample() {
        return EventContracts.example(EventContracts.ENCOUNTER_CODED);
    }

    /** The violations of the schema, with formats (uuid, date, date-time) asserted; empty when valid. */
    public static Set<String> violations(JsonNode payload) {
        return EventContracts.violations(EventContracts.ENCOUNTER_CODED, payload);
    }

    /** A JSON text as a tree. */
    public static JsonNode parse(String json) {
        return JsonStructure.parse(json);
    }
}
