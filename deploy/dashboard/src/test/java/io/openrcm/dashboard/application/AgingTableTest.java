package io.openrcm.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.dashboard.domain.Figures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed's aging splits into insurance A/R by payer and patient A/R, and its total is both together. */
class AgingTableTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void insuranceByPayerAndPatientAreSplitAndAddUpToTheTotal() {
        Summary.Aging aging = AgingTable.of(AS_OF, List.of(
                new Figures.OpenBalance("BCBS-IL", 10, money("100.00"), money("0.00")),
                new Figures.OpenBalance("BCBS-IL", 45, money("0.00"), money("20.00")),
                new Figures.OpenBalance("AETNA", 45, money("15.00"), money("5.00")),
                new Figures.OpenBalance("UHC", 200, money("0.00"), money("7.50"))));

        assertThat(aging.payers()).extracting(Summary.PayerAging::payerId).containsExactly("AETNA", "BCBS-IL");
        assertThat(aging.insurance().amounts()).containsEntry("0-30", "100.00").containsEntry("31-60", "15.00");
        assertThat(aging.insurance().total()).isEqualTo("115.00");
        assertThat(aging.patient().amounts()).containsEntry("31-60", "25.00").containsEntry("120+", "7.50")
                .containsEntry("0-30", "0.00");
        assertThat(aging.patient().total()).isEqualTo("32.50");
        assertThat(aging.totals()).containsEntry("31-60", "40.00");
        assertThat(aging.total()).isEqualTo("147.50");
    }

    @Test
    void balancesFromAFeedWithoutThePatientSideAreInsuranceAsBefore() {
        Summary.Aging aging = AgingTable.of(AS_OF, List.of(new Figures.OpenBalance("BCBS-IL", 10,
                money("100.00"))));

        assertThat(aging.total()).isEqualTo("100.00");
        assertThat(aging.insurance().total()).isEqualTo("100.00");
        assertThat(aging.patient().total()).isEqualTo("0.00");
    }
}
