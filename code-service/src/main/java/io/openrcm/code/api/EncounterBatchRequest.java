package io.openrcm.code.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /encounters/batch}. Items stay JSON trees until each is read on its own, so one unreadable
 * item is reported as that item's 400 instead of failing the whole batch.
 *
 * @param encounters 1 to 500 encounters, each shaped like the body of {@code POST /encounters}
 */
@Schema(name = "EncounterBatchRequest")
public record EncounterBatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = EncounterRequest.class, minItems = 1, maxItems = 500)
        List<JsonNode> encounters) {
}
