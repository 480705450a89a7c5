package io.openrcm.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsExactlyTwoDecimals() {
        assertThat(Money.parse("100").toString()).isEqualTo("100.00");
        assertThat(Money.parse("100.5").toString()).isEqualTo("100.50");
        assertThat(Money.parse("1.500").toString()).isEqualTo("1.50");
        assertThat(Money.parse("1E+2").toString()).isEqualTo("100.00");
        assertThat(Money.parse("-12.30").toString()).isEqualTo("-12.30");
        assertThat(Money.parse("100")).isEqualTo(Money.parse("100.00"));
        assertThat(Money.of(new BigDecimal("5")).amount().scale()).isEqualTo(2);
    }

    @Test
    void refusesMoreThanTwoDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Money.parse("100.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must have at most 2 decimals, got 100.005");
        assertThat(Money.isValidAmount(new BigDecimal("1.005"))).isFalse();
        assertThat(Money.isValidAmount(new BigDecimal("1.000"))).isTrue();
        assertThat(Money.isValidAmount(new BigDecimal("-1.00"))).isTrue();
        assertThat(Money.isValidAmount(null)).isFalse();
    }

    @Test
    void refusesTextThatIsNotANumberAndAmountsTooLargeToStore() {
        assertThatThrownBy(() -> Money.parse("ten")).hasMessage("must be a decimal number, got \"ten\"");
        assertThatThrownBy(() -> Money.parse("12,50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1e20")).hasMessageContaining("at most 999999999999.99");
        assertThatThrownBy(() -> Money.parse("-1e20")).hasMessageContaining("at most 999999999999.99");
        assertThat(Money.isValidAmount(new BigDecimal("1e20"))).isFalse();
        // Echoed in scientific form: the plain form of this would be a billion characters.
        assertThatThrownBy(() -> Money.parse("1e-999999999"))
                .hasMessage("must have at most 2 decimals, got 1E-999999999");
    }

    @Test
    void computesExactly() {
        Money sum = Money.sum(List.of(Money.parse("0.10"), Money.parse("0.20"), Money.parse("0.30")));
        assertThat(sum).isEqualTo(Money.parse("0.60"));
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
        assertThat(Money.parse("160.00").minus(Money.parse("100.00"))).isEqualTo(Money.parse("60"));
        assertThat(Money.parse("135.00").times(3)).isEqualTo(Money.parse("405.00"));
        assertThat(Money.parse("10.00").times(new BigDecimal("0.125"))).isEqualTo(Money.parse("1.25"));
        assertThat(Money.parse("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.parse("0.03"));
        assertThat(Money.parse("12.30").negate()).isEqualTo(Money.parse("-12.30"));
    }

    @Test
    void signs() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.parse("0.01").isPositive()).isTrue();
        assertThat(Money.ZERO.minus(Money.parse("0.01")).isNegative()).isTrue();
        assertThat(Money.parse("-0.01").compareTo(Money.ZERO)).isNegative();
    }
}
