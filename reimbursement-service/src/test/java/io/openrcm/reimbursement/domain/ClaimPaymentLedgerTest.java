package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import static io.openrcm.reimbursement.domain.Remittances.adjustment;
import static io.openrcm.reimbursement.domain.Remittances.balancedClaim;
import static io.openrcm.reimbursement.domain.Remittances.claim;
import static io.openrcm.reimbursement.domain.Remittances.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimPaymentLedgerTest {

    @Test
    void derivesThePaymentThenEachAdjustmentWithPrAsPatientResponsibility() {
        List<LedgerLine> lines = balancedClaim("A").ledgerLines();

        assertThat(lines).containsExactly(
                new LedgerLine(LedgerEntryType.PAYMENT, PostingCategory.PAYMENT, null, null, money("100.00"), -1),
                new LedgerLine(LedgerEntryType.ADJUSTMENT, PostingCategory.CONTRACTUAL, AdjustmentGroup.CO, "45",
                        money("40.00"), -1),
                new LedgerLine(LedgerEntryType.PATIENT_RESPONSIBILITY, PostingCategory.COINSURANCE,
                        AdjustmentGroup.PR, "2", money("20.00"), -1));
    }

    @Test
    void entriesOfABalancedPaymentAddUpToTheCharge() {
        List<ClaimPayment> balanced = List.of(balancedClaim("A"),
                claim("B", "250.75", "0.00", "0.00", adjustment(AdjustmentGroup.CO, "50", "250.75")),
                claim("C", "99.99", "60.00", "9.99", adjustment(AdjustmentGroup.OA, "23", "34.99"),
                        adjustment(AdjustmentGroup.PR, "1", "4.99"), adjustment(AdjustmentGroup.PR, "3", "5.00"),
                        adjustment(AdjustmentGroup.PI, "94", "-4.99"), adjustment(AdjustmentGroup.CO, "45", "-0.01"),
                        adjustment(AdjustmentGroup.CR, "45", "0.01")));

        for (ClaimPayment payment : balanced) {
            assertThat(payment.imbalances(0)).isEmpty();
            Money entries = Money.sum(payment.ledgerLines().stream().map(LedgerLine::amount).toList());
            assertThat(entries).as("entries of claim %s", payment.claimId()).isEqualTo(payment.charge());
            Money patient = Money.sum(payment.ledgerLines().stream()
                    .filter(l -> l.type() == LedgerEntryType.PATIENT_RESPONSIBILITY).map(LedgerLine::amount).toList());
            assertThat(patient).isEqualTo(payment.patientResponsibility());
        }
    }

    @Test
    void aPaymentWithoutAdjustmentsIsOneEntry() {
        assertThat(claim("A", "50.00", "50.00", "0.00").ledgerLines())
                .containsExactly(new LedgerLine(LedgerEntryType.PAYMENT, PostingCategory.PAYMENT, null, null,
                        money("50.00"), -1));
    }
}
