package io.openrcm.payersim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the payer pays, to the cent: fee schedule, CO-45, copay, deductible, coinsurance, denials, reversals. */
class AdjudicatorTest {

    private static SubmittedClaim claim(int n, String payerId) {
        String file = Claims837.file(60 + n, Claims837.BCBS, List.of(Claims837.claim(n, payerId,
                Claims837.LAKESIDE)));
        return new Claim837Reader().read(file.getBytes(StandardCharsets.US_ASCII)).transactions().get(0).claims()
                .get(0);
    }

    @Test
    void aCleanClaimIsPricedByTheFeeScheduleWithCopayAndCoinsurance() {
        ClaimPayment p = new Adjudicator(TestRules.config()).adjudicate(claim(1, "BCBS-IL"));

        assertThat(p.status()).isEqualTo("1");
        assertThat(p.lines().get(0).allowed()).isEqualByComparingTo("92.50");
        assertThat(p.lines().get(0).adjustments()).containsExactly(adj("CO", "45", "42.50"), adj("PR", "3", "25.00"),
                adj("PR", "2", "6.75"));
        assertThat(p.lines().get(0).paid()).isEqualByComparingTo("60.75");
        assertThat(p.lines().get(1).allowed()).as("70 % of 25.00 without a fee").isEqualByComparingTo("17.50");
        assertThat(p.lines().get(1).adjustments()).containsExactly(adj("CO", "45", "7.50"), adj("PR", "2", "1.75"));
        assertThat(p.charge()).isEqualByComparingTo("160.00");
        assertThat(p.paid()).isEqualByComparingTo("76.50");
        assertThat(p.patientResponsibility()).isEqualByComparingTo("33.50");
    }

    @Test
    void theDeductibleComesAfterTheCopay() {
        ClaimPayment p = new Adjudicator(TestRules.with("deductible-rate=0", "deductible-rate=1"))
                .adjudicate(claim(1, "BCBS-IL"));
        assertThat(p.lines().get(0).adjustments()).containsExactly(adj("CO", "45", "42.50"), adj("PR", "3", "25.00"),
                adj("PR", "1", "50.00"), adj("PR", "2", "1.75"));
        assertThat(p.paid()).isEqualByComparingTo("31.50");
        assertThat(p.patientResponsibility()).isEqualByComparingTo("78.50");
    }

    @Test
    void aDeniedClaimCarriesItsCarcAndRarcOnEveryLine() {
        ClaimPayment p = new Adjudicator(TestRules.with("rates.deny=0", "rates.deny=1")).adjudicate(
                claim(1, "BCBS-IL"));
        assertThat(p.status()).isEqualTo("4");
        assertThat(p.paid()).isEqualByComparingTo("0");
        assertThat(p.lines()).allSatisfy(l -> {
            assertThat(l.adjustments()).singleElement().satisfies(a -> {
                assertThat(a.amount()).isEqualByComparingTo(l.line().charge());
                assertThat(a.group() + "-" + a.reason()).isIn("CO-50", "PR-204");
            });
            assertThat(l.remarks()).singleElement().isIn("N115", "N130");
        });
    }

    @Test
    void aPartialPaymentDeniesOneLineAndPaysTheOther() {
        ClaimPayment p = new Adjudicator(TestRules.with("rates.partial=0", "rates.partial=1")).adjudicate(
                claim(1, "BCBS-IL"));
        assertThat(p.status()).isEqualTo("1");
        assertThat(p.lines()).filteredOn(l -> l.allowed() == null).hasSize(1);
        assertThat(p.paid()).isPositive();
    }

    @Test
    void aReversalNegatesEveryAmountAndTheCorrectionPaysMore() {
        Adjudicator adjudicator = new Adjudicator(TestRules.with("rates.reversal=0", "rates.reversal=1"));
        ClaimPayment first = adjudicator.adjudicate(claim(1, "BCBS-IL"));
        assertThat(adjudicator.reversedLater(first)).isTrue();

        ClaimPayment reversal = first.reversal();
        ClaimPayment corrected = adjudicator.corrected(claim(1, "BCBS-IL"));

        assertThat(reversal.status()).isEqualTo("22");
        assertThat(reversal.charge()).isEqualByComparingTo("-160.00");
        assertThat(reversal.paid()).isEqualByComparingTo("-76.50");
        assertThat(reversal.patientResponsibility()).isEqualByComparingTo("-33.50");
        assertThat(corrected.paid()).isEqualByComparingTo("81.46");
        assertThat(corrected.payerClaimControlNumber()).isNotEqualTo(first.payerClaimControlNumber());
        balanced(reversal);
        balanced(corrected);
    }

    @Test
    void everyOutcomeOfTheShippedRulesBalancesAndEachKindHappens() {
        Adjudicator adjudicator = new Adjudicator(SimulatorConfig.defaults());
        List<ClaimPayment> payments = new ArrayList<>();
        String file = Claims837.file(70, Claims837.BCBS, Claims837.many(1, 300, "BCBS-IL"));
        for (SubmittedClaim c : new Claim837Reader().read(file.getBytes(StandardCharsets.US_ASCII)).transactions()
                .stream().flatMap(t -> t.claims().stream()).toList()) {
            payments.add(adjudicator.adjudicate(c));
        }
        assertThat(payments).hasSize(300).allSatisfy(AdjudicatorTest::balanced);
        assertThat(payments).filteredOn(p -> p.status().equals("4")).isNotEmpty();
        assertThat(payments).filteredOn(p -> p.status().equals("1") && p.lines().stream()
                .anyMatch(l -> l.allowed() == null)).as("partial payments").isNotEmpty();
        assertThat(payments).filteredOn(p -> p.lines().stream().flatMap(l -> l.adjustments().stream())
                .anyMatch(a -> a.reason().equals("1"))).as("deductibles").isNotEmpty();
        assertThat(payments).filteredOn(adjudicator::reversedLater).as("reversals").isNotEmpty();
    }

    private static void balanced(ClaimPayment p) {
        for (ClaimPayment.LinePayment l : p.lines()) {
            BigDecimal adjusted = l.adjustments().stream().map(ClaimPayment.Adjustment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(l.charge().subtract(adjusted)).isEqualByComparingTo(l.paid());
            assertThat(l.paid().scale()).isEqualTo(2);
        }
    }

    private static ClaimPayment.Adjustment adj(String group, String reason, String amount) {
        return new ClaimPayment.Adjustment(group, reason, new BigDecimal(amount));
    }
}
