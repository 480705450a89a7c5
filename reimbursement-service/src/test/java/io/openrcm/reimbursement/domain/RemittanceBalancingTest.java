package io.openrcm.reimbursement.domain;

import static org.assertj.core.groups.Tuple.tuple;
import static io.openrcm.reimbursement.domain.Remittances.adjustment;
import static io.openrcm.reimbursement.domain.Remittances.balancedClaim;
import static io.openrcm.reimbursement.domain.Remittances.claim;
import static io.openrcm.reimbursement.domain.Remittances.money;
import static io.openrcm.reimbursement.domain.Remittances.remittance;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemittanceBalancingTest {

    @Test
    void balancedRemittanceHasNoImbalance() {
        assertThat(remittance("200.00", balancedClaim("A"), balancedClaim("B")).imbalances()).isEmpty();
    }

    @Test
    void totalPaidMustEqualTheSumOfTheClaimsPaidAmounts() {
        List<Imbalance> found = remittance("200.01", balancedClaim("A"), balancedClaim("B")).imbalances();

        assertThat(found).containsExactly(
                new Imbalance(Imbalance.Rule.TOTAL_PAID, -1, money("200.01"), money("200.00")));
        assertThat(found.get(0).difference()).isEqualTo(money("0.01"));
        assertThat(found.get(0).message()).isEqualTo(
                "totalPaid 200.01 does not equal the sum of the claims' paidAmount 200.00 (difference 0.01)");
    }

    @Test
    void chargeMinusPaidMustEqualTheAdjustments() {
        ClaimPayment shortBy = claim("B", "160.00", "100.00", "20.00",
                adjustment(AdjustmentGroup.CO, "45", "30.00"), adjustment(AdjustmentGroup.PR, "2", "20.00"));

        List<Imbalance> found = remittance("200.00", balancedClaim("A"), shortBy).imbalances();

        assertThat(found).containsExactly(
                new Imbalance(Imbalance.Rule.CLAIM_ADJUSTMENTS, 1, money("60.00"), money("50.00")));
        assertThat(found.get(0).difference()).isEqualTo(money("10.00"));
        assertThat(found.get(0).message()).isEqualTo(
                "chargeAmount - paidAmount is 60.00 but the adjustments add up to 50.00 (difference 10.00)");
    }

    @Test
    void patientResponsibilityMustEqualThePrAdjustments() {
        ClaimPayment patientMislabelled = claim("A", "160.00", "100.00", "25.00",
                adjustment(AdjustmentGroup.CO, "45", "40.00"), adjustment(AdjustmentGroup.PR, "2", "20.00"));

        List<Imbalance> found = remittance("100.00", patientMislabelled).imbalances();

        assertThat(found).containsExactly(
                new Imbalance(Imbalance.Rule.PATIENT_RESPONSIBILITY, 0, money("25.00"), money("20.00")));
        assertThat(found.get(0).message()).isEqualTo(
                "patientResponsibility 25.00 does not equal the sum of the PR adjustments 20.00 (difference 5.00)");
    }

    @Test
    void reportsEveryBrokenRuleAtOnceWithSignedDifferences() {
        ClaimPayment overAdjusted = claim("A", "100.00", "90.00", "0.00",
                adjustment(AdjustmentGroup.CO, "45", "12.50"), adjustment(AdjustmentGroup.PR, "1", "0.25"));

        List<Imbalance> found = remittance("80.00", overAdjusted).imbalances();

        assertThat(found).extracting(Imbalance::rule, Imbalance::claimIndex, i -> i.difference().toString())
                .containsExactly(
                        tuple(Imbalance.Rule.TOTAL_PAID, -1, "-10.00"),
                        tuple(Imbalance.Rule.CLAIM_ADJUSTMENTS, 0, "-2.75"),
                        tuple(Imbalance.Rule.PATIENT_RESPONSIBILITY, 0, "-0.25"));
    }

    @Test
    void negativeAdjustmentsCountWithTheirSign() {
        ClaimPayment corrected = claim("A", "100.00", "80.00", "0.00",
                adjustment(AdjustmentGroup.CO, "45", "30.00"), adjustment(AdjustmentGroup.CR, "45", "-10.00"));

        assertThat(remittance("80.00", corrected).imbalances()).isEmpty();
    }

    @Test
    void aDenialWithNothingPaidBalancesWhenTheAdjustmentsCoverTheCharge() {
        ClaimPayment denied = new ClaimPayment("A", ClaimStatusCode.DENIED, "PCN-1", money("160.00"), money("0"),
                money("0"), List.of(adjustment(AdjustmentGroup.CO, "50", "160.00")));

        assertThat(remittance("0.00", denied).imbalances()).isEmpty();
    }
}
