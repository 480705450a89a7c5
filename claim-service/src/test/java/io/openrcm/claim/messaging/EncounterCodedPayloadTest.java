package io.openrcm.claim.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.claim.application.CodedEncounter;
import io.openrcm.claim.it.GoldenEvents;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The claim-service reads what it needs from code-service's golden example, and names what is missing. */
class EncounterCodedPayloadTest {

    /** Dates as the service's own mapper reads them (Quarkus registers the java.time module). */
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @Test
    void readsTheProducersGoldenExample() throws Exception {
        ObjectNode golden = GoldenEvents.encounterCoded();
        golden.putObject("addedLater").put("x", 1);
        EncounterCodedPayload payload = MAPPER.treeToValue(golden, EncounterCodedPayload.class);

        assertThat(payload.violations()).isEmpty();
        CodedEncounter encounter = payload.toCodedEncounter();
        assertThat(encounter.encounterId()).hasToString(golden.get("encounterId").asText());
        assertThat(encounter.dateOfService()).isEqualTo(LocalDate.parse(golden.get("dateOfService").asText()));
        assertThat(encounter.diagnoses()).extracting(d -> d.code()).containsExactly("E119", "I10");
        assertThat(encounter.lines()).hasSize(golden.get("serviceLines").size());
    }

    @Test
    void namesEveryMissingFieldWithoutEchoingPatientData() throws Exception {
        ObjectNode golden = GoldenEvents.encounterCoded();
        golden.remove("encounterId");
        golden.remove("payerId");
        golden.put("placeOfService", "A");
        ((ObjectNode) golden.get("patient")).put("birthDate", "1971-02-30x");
        EncounterCodedPayload payload = MAPPER.treeToValue(golden, EncounterCodedPayload.class);

        assertThat(payload.violations()).containsExactly("encounterId is missing",
                "patient.birthDate is not a date (YYYY-MM-DD)", "payerId is missing",
                "placeOfService must be a 2-digit place of service code");
        assertThat(String.join(" ", payload.violations())).doesNotContain("1971");
    }
}
