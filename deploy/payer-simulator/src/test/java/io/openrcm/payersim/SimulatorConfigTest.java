package io.openrcm.payersim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rules file: the shipped one names the seeded payers, and a wrong one says which key is wrong. */
class SimulatorConfigTest {

    @Test
    void theShippedRulesNameTheSeededPayers() {
        SimulatorConfig config = SimulatorConfig.defaults();
        assertThat(config.payers()).containsOnlyKeys("BCBS-IL", "AETNA", "MEDICARE-IL", "UHC");
        assertThat(config.payers().get("BCBS-IL").originatorId()).isEqualTo("1512345678");
        assertThat(config.payers().get("BCBS-IL").allowed()).containsEntry("99213", new BigDecimal("92.50"));
        assertThat(config.payers().get("MEDICARE-IL").claimFiling()).isEqualTo("MB");
        assertThat(config.adjudicationDelay()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.cycleEvery()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.denials()).contains(new SimulatorConfig.Denial("CO", "50", "N115"),
                new SimulatorConfig.Denial("CO", "18", "N522"));
    }

    /**
     * reimbursement-service resolves an 835's payer through its seeded EDI identifiers (V12_2): each shipped payer's
     * TRN03 and N1*PR PI id must be seeded there for that payer, or every 835 the simulator writes is refused (422).
     */
    @Test
    void everyShippedPayerIsKnownToReimbursementByItsTrn03AndPayerId() throws Exception {
        String seeds;
        try (var in = SimulatorConfigTest.class.getResourceAsStream("/db/migration/V12_2__payer_edi_identifier.sql")) {
            assertThat(in).as("reimbursement-service's V12_2 on the test classpath").isNotNull();
            seeds = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        SimulatorConfig.defaults().payers().forEach((id, payer) -> {
            assertThat(seeds).as("TRN03 of " + id).contains("('TRN03', '" + payer.originatorId() + "'");
            assertThat(seeds).as("TRN03 of " + id + " names " + id)
                    .containsPattern("\\('TRN03', '" + payer.originatorId() + "',\\s*'" + id + "'\\)");
            assertThat(seeds).as("PI of " + id).containsPattern("\\('PI',\\s*'" + id + "',\\s*'" + id + "'\\)");
        });
    }

    @Test
    void aRateAboveOneIsRefusedByName() {
        assertThatThrownBy(() -> SimulatorConfig.read(new StringReader(TestRules.text().replace("rates.deny=0",
                "rates.deny=1.5")))).hasMessage("rates.deny is a fraction from 0 to 1");
    }

    @Test
    void aMissingEinIsRefusedByName() {
        assertThatThrownBy(() -> SimulatorConfig.read(new StringReader(TestRules.text().replace(
                "payer.BCBS-IL.ein=360000001\n", "")))).hasMessage("payer.BCBS-IL.ein is missing");
    }
}
