package io.openrcm.reimbursement.domain;

import static io.openrcm.reimbursement.domain.Remittances.adjustment;
import static io.openrcm.reimbursement.domain.Remittances.balancedClaim;
import static io.openrcm.reimbursement.domain.Remittances.claim;
import static io.openrcm.reimbursement.domain.Remittances.remittance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RemittanceTest {

    @Test
    void countsOccurrencesOfAClaimAppearingTwice() {
        Remittance r = remittance("300.00", balancedClaim("A"), balancedClaim("B"), balancedClaim("A"));

        assertThat(r.occurrences()).containsExactly(0, 0, 1);
    }

    @Test
    void fingerprintIgnoresHowAmountsWereWrittenButNotWhatTheySay() {
        Remittance a = remittance("100.00", claim("A", "160", "100.0", "20",
                adjustment(AdjustmentGroup.CO, "45", "40"), adjustment(AdjustmentGroup.PR, "2", "20.00")));
        Remittance same = remittance("100", balancedClaim("A"));
        Remittance otherReason = remittance("100.00", claim("A", "160.00", "100.00", "20.00",
                adjustment(AdjustmentGroup.CO, "253", "40.00"), adjustment(AdjustmentGroup.PR, "2", "20.00")));

        assertThat(a.fingerprint()).isEqualTo(same.fingerprint()).hasSize(64);
        assertThat(otherReason.fingerprint()).isNotEqualTo(a.fingerprint());
    }

    @Test
    void adjustmentReasonCodesAreOneToFiveLettersOrDigits() {
        assertThat(Adjustment.isReasonCode("45")).isTrue();
        assertThat(Adjustment.isReasonCode("A1")).isTrue();
        assertThat(Adjustment.isReasonCode("123456")).isFalse();
        assertThat(Adjustment.isReasonCode("4-5")).isFalse();
        assertThat(Adjustment.isReasonCode("")).isFalse();
        assertThatThrownBy(() -> adjustment(AdjustmentGroup.CO, "45 ", "1.00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(adjustment(AdjustmentGroup.CO, "b7", "1.00").reason()).isEqualTo("B7");
    }

    @Test
    void knowsTheCodeLists() {
        assertThat(ClaimStatusCode.fromCode("22")).contains(ClaimStatusCode.REVERSAL_OF_PREVIOUS_PAYMENT);
        assertThat(ClaimStatusCode.fromCode("5")).isEmpty();
        assertThat(PaymentMethod.fromCode("CHK")).contains(PaymentMethod.CHK);
        assertThat(PaymentMethod.fromCode("chk")).isEmpty();
        assertThat(AdjustmentGroup.fromCode("PI")).contains(AdjustmentGroup.PI);
        assertThat(AdjustmentGroup.fromCode("XX")).isEmpty();
    }
}
