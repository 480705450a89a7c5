package io.openrcm.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsExactly() {
        assertThat(Money.of("135").toString()).isEqualTo("135.00");
        assertThat(Money.of(new BigDecimal("25.5")).toString()).isEqualTo("25.50");
        assertThat(Money.of("1.500").toString()).isEqualTo("1.50");
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("135.00").times(3)).isEqualTo(Money.of("405.00"));
        assertThat(Money.of("160.00").minus(Money.of("100.00")).amount()).isEqualByComparingTo("60.00");
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 decimals");
        assertThat(Money.isValidAmount(new BigDecimal("1.005"))).isFalse();
        assertThat(Money.isValidAmount(new BigDecimal("1.000"))).isTrue();
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.of("12,50")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signs() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.of("0.01").isPositive()).isTrue();
        assertThat(Money.ZERO.minus(Money.of("0.01")).isNegative()).isTrue();
    }
}
