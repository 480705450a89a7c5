package io.openrcm.code.messaging;

import io.openrcm.code.application.EncounterCodedPayload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.openrcm.code.api.EncounterRequestValidator;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.EventSchemas;
import io.openrcm.testsupport.JsonStructure;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The event contract files agree with each other and with the payload record. */
class EncounterCodedContractTest {

    @Test
    void theGoldenExampleSatisfiesTheSchema() {
        assertThat(EventSchemas.violations(EventSchemas.goldenExample())).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatItShould() {
        ObjectNode broken = EventSchemas.goldenExample().deepCopy();
        broken.put("encounterId", "not-a-uuid");
        broken.remove("codedAt");
        ((ObjectNode) broken.get("diagnoses").get(0)).put("code", "E11.9");
        assertThat(EventSchemas.violations(broken)).hasSize(3);
    }

    @Test
    void thePayloadRecordHasTheGoldenExamplesShape() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Encounter encounter = Encounter.coded(UUID.randomUUID(),
                new EncounterRequestValidator(Clock.systemUTC()).validate(EncounterRequests.valid("EHR-ENC-000123")),
                "corr-1", Instant.parse("2026-11-02T15:04:05.123456Z"));
        JsonNode payload = mapper.valueToTree(EncounterCodedPayload.of(encounter));
        assertThat(JsonStructure.of(payload)).isEqualTo(JsonStructure.of(EventSchemas.goldenExample()));
        assertThat(payload.get("codedAt").asText()).isEqualTo("2026-11-02T15:04:05.123Z");
        assertThat(EventSchemas.violations(payload)).isEmpty();
    }
}
