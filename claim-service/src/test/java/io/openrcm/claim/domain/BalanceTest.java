package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import static io.openrcm.claim.domain.ClaimMother.adjustment;
import static io.openrcm.claim.domain.ClaimMother.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BalanceTest {

    private static final Balance OPEN = Balance.opening(Money.parse("160.00"));

    @Test
    void anOpeningBalanceOwesTheWholeCharge() {
        assertThat(OPEN.outstanding()).isEqualTo(Money.parse("160.00"));
        assertThat(OPEN.paid()).isEqualTo(Money.ZERO);
    }

    @Test
    void theGoldenRemittanceSettlesTheClaim() {
        Balance after = OPEN.after(posting("1", "100.00", "20.00",
                adjustment("CO", "45", "40.00"), adjustment("PR", "2", "20.00")));
        assertThat(after.paid().amount()).isEqualByComparingTo("100.00");
        assertThat(after.adjustments().toString()).isEqualTo("40.00");
        assertThat(after.patientResponsibility().toString()).isEqualTo("20.00");
        assertThat(after.outstanding().toString()).isEqualTo("0.00");
    }

    @Test
    void patientResponsibilityAdjustmentsAreNotCountedAsAdjustments() {
        Balance after = OPEN.after(posting("1", "50.00", "30.00",
                adjustment("PR", "1", "10.00"), adjustment("PR", "2", "20.00"), adjustment("OA", "23", "5.00")));
        assertThat(after.adjustments().toString()).isEqualTo("5.00");
        assertThat(after.patientResponsibility().toString()).isEqualTo("30.00");
        assertThat(after.outstanding().toString()).isEqualTo("75.00");
    }

    @Test
    void paymentsAccumulate() {
        Balance first = OPEN.after(posting("1", "60.00", "0.00", adjustment("CO", "45", "10.00")));
        Balance second = first.after(posting("1", "70.01", "19.99", adjustment("PR", "3", "19.99")));
        assertThat(second.paid().toString()).isEqualTo("130.01");
        assertThat(second.adjustments().toString()).isEqualTo("10.00");
        assertThat(second.patientResponsibility().toString()).isEqualTo("19.99");
        assertThat(second.outstanding().toString()).isEqualTo("0.00");
    }

    @Test
    void aPostingBeyondTheChargeLeavesACreditBalance() {
        Balance after = OPEN.after(posting("1", "150.00", "10.00", adjustment("CO", "45", "0.01")));
        assertThat(after.outstanding().toString()).isEqualTo("-0.01");
        assertThat(after.credit().toString()).isEqualTo("0.01");
        assertThat(after.owed()).isEqualTo(Money.ZERO);
        assertThat(OPEN.credit()).isEqualTo(Money.ZERO);
        assertThat(OPEN.owed().toString()).isEqualTo("160.00");
    }

    @Test
    void refusesNegativeFigures() {
        assertThatThrownBy(() -> OPEN.after(posting("22", "-1.00", "0.00")))
                .isInstanceOf(ClaimRuleException.class);
    }
}
