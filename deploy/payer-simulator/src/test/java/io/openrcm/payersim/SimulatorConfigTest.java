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
        assertThat(config.payers().get("BCBS-IL").originatorId()).isEqualTo("1360000001");
        assertThat(config.payers().get("BCBS-IL").allowed()).containsEntry("99213", new BigDecimal("92.50"));
        assertThat(config.payers().get("MEDICARE-IL").claimFiling()).isEqualTo("MB");
        assertThat(config.adjudicationDelay()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.cycleEvery()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.denials()).contains(new SimulatorConfig.Denial("CO", "50", "N115"),
                new SimulatorConfig.Denial("CO", "18", "N522"));
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
