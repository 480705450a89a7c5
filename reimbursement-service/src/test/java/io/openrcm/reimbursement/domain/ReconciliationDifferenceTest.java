package io.openrcm.reimbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.kernel.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationDifferenceTest {

    private static LedgerTotals totals(String claimId, String paid, String adjustments, String patient) {
        return new LedgerTotals(claimId, Money.parse(paid), Money.parse(adjustments), Money.parse(patient));
    }

    @Test
    void sameFiguresOnBothSidesAreNoDifference() {
        LedgerTotals posted = totals("c1", "100.00", "40.00", "20.00");
        assertThat(ReconciliationDifference.between(List.of(posted),
                Map.of("c1", totals("c1", "100.00", "40.00", "20.00")), Map.of("c1", "PAID"))).isEmpty();
    }

    @Test
    void namesEveryClaimWhoseFiguresDifferAndEveryClaimClaimServiceDoesNotKnow() {
        List<ReconciliationDifference> found = ReconciliationDifference.between(
                List.of(totals("c1", "100.00", "40.00", "20.00"), totals("c2", "10.00", "0.00", "0.00"),
                        totals("c3", "5.00", "0.00", "0.00")),
                Map.of("c1", totals("c1", "100.00", "40.00", "0.00"), "c3", totals("c3", "5.00", "0.00", "0.00")),
                Map.of("c1", "PARTIALLY_PAID", "c3", "PAID"));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).kind()).isEqualTo(ReconciliationDifference.Kind.AMOUNTS_DIFFER);
        assertThat(found.get(0).ledger().claimId()).isEqualTo("c1");
        assertThat(found.get(0).claim().patientResponsibility()).isEqualTo(Money.ZERO);
        assertThat(found.get(0).claimStatus()).isEqualTo("PARTIALLY_PAID");
        assertThat(found.get(1).kind()).isEqualTo(ReconciliationDifference.Kind.UNKNOWN_CLAIM);
        assertThat(found.get(1).ledger().claimId()).isEqualTo("c2");
        assertThat(found.get(1).claim()).isNull();
    }
}
