package io.openrcm.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatiosTest {

    @Test
    void ratesHaveFourDecimalsAndNoneWithoutADenominator() {
        assertThat(Ratios.rate(1, 8)).isEqualByComparingTo("0.1250");
        assertThat(Ratios.rate(1, 8).scale()).isEqualTo(4);
        assertThat(Ratios.rate(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(Ratios.rate(0, 0)).isNull();
        assertThat(Ratios.rate(new BigDecimal("160.00"), new BigDecimal("640.00"))).isEqualByComparingTo("0.2500");
    }

    @Test
    void daysInArIsTheBalanceOverAverageDailyCharges() {
        // 9,000.00 charged over 90 days = 100.00 a day; 4,550.00 outstanding = 45.5 days.
        assertThat(Ratios.daysInAr(new BigDecimal("4550.00"), new BigDecimal("9000.00"), 90))
                .isEqualByComparingTo("45.5");
        assertThat(Ratios.daysInAr(new BigDecimal("100.00"), BigDecimal.ZERO, 90)).isNull();
        assertThatThrownBy(() -> Ratios.daysInAr(BigDecimal.ONE, BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
