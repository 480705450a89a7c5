package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EncounterGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void encountersStayWithinTheLimitsAndUseTheSeededData() {
        EncounterGenerator generator = new EncounterGenerator(new ObjectMapper(), 7, "T", 0.05, TODAY);
        Set<Integer> diagnosisCounts = new HashSet<>();
        Set<Integer> lineCounts = new HashSet<>();
        Set<String> payers = new HashSet<>();
        int failing = 0;
        for (int i = 0; i < 5000; i++) {
            GeneratedEncounter e = generator.next();
            JsonNode body = e.body();
            int dx = body.get("diagnoses").size();
            int lines = body.get("serviceLines").size();
            assertThat(dx).isBetween(1, 12);
            assertThat(lines).isBetween(1, 8);
            diagnosisCounts.add(dx);
            lineCounts.add(lines);
            payers.add(body.get("payerId").asText());
            assertThat(ReferenceData.BILLING_NPIS).contains(body.get("billingProviderNpi").asText());
            assertThat(LocalDate.parse(body.get("dateOfService").asText())).isBefore(TODAY);
            BigDecimal charge = BigDecimal.ZERO.setScale(2);
            for (JsonNode line : body.get("serviceLines")) {
                charge = charge.add(ReferenceData.FEES.get(line.get("code").asText())
                        .multiply(BigDecimal.valueOf(line.get("units").asInt())));
                for (JsonNode pointer : line.get("diagnosisPointers")) {
                    assertThat(pointer.asInt()).isBetween(1, dx);
                }
            }
            assertThat(e.expectedCharge()).isEqualByComparingTo(charge);
            boolean retired = body.get("diagnoses").toString().contains(ReferenceData.RETIRED_DIAGNOSIS);
            assertThat(retired).isEqualTo(e.meantToFail());
            failing += e.meantToFail() ? 1 : 0;
        }
        assertThat(diagnosisCounts).contains(1, 2, 3, 6);
        assertThat(lineCounts).contains(1, 2, 3, 5);
        assertThat(payers).containsExactlyInAnyOrderElementsOf(ReferenceData.PAYERS);
        assertThat(failing).isBetween(175, 325);
    }

    @Test
    void aShareOfEncountersHasASecondaryCoverageThroughASpouse() {
        EncounterGenerator generator = new EncounterGenerator(new ObjectMapper(), 11, "T", 0, TODAY, 0.2);
        int withSecondary = 0;
        for (int i = 0; i < 2000; i++) {
            JsonNode body = generator.next().body();
            if (!body.has("coverages")) {
                continue;
            }
            withSecondary++;
            JsonNode coverages = body.get("coverages");
            assertThat(coverages).hasSize(2);
            assertThat(coverages.get(0).get("payerId").asText()).isEqualTo(body.get("payerId").asText());
            assertThat(coverages.get(0).get("memberId").asText())
                    .isEqualTo(body.get("subscriber").get("memberId").asText());
            assertThat(coverages.get(1).get("payerId").asText()).isNotEqualTo(body.get("payerId").asText())
                    .isIn(ReferenceData.PAYERS);
            assertThat(coverages.get(1).get("subscriber").get("relationship").asText()).isEqualTo("01");
            assertThat(coverages.get(1).get("subscriber").get("address").get("postalCode").asText()).hasSize(5);
            assertThat(body.get("patient").get("address").get("state").asText()).isEqualTo("IL");
        }
        assertThat(withSecondary).isBetween(320, 480);
    }

    @Test
    void aPatientNeverHasTwoVisitsOnOneDay() {
        // Two visits of one patient on one day are a duplicate bill that the scrubber refuses (SCR-DUP-001): a
        // 10,000-encounter run once lost 6 claims that way, so the generator spreads each patient's visits.
        EncounterGenerator generator = new EncounterGenerator(new ObjectMapper(), 7, "T", 0.05, TODAY);
        Set<String> patientDays = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            JsonNode body = generator.next().body();
            String key = body.get("patient").get("id").asText() + "@" + body.get("dateOfService").asText();
            assertThat(patientDays.add(key)).as("second visit %s", key).isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameEncounters() {
        var a = new EncounterGenerator(new ObjectMapper(), 3, "T", 0.1, TODAY).next();
        var b = new EncounterGenerator(new ObjectMapper(), 3, "T", 0.1, TODAY).next();

        assertThat(a.body()).isEqualTo(b.body());
    }
}
