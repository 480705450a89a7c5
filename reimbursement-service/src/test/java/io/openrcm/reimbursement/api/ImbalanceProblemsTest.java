package io.openrcm.reimbursement.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.kernel.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImbalanceProblemsTest {

    @Test
    void pointsAtTheValueThatDoesNotBalanceAndStatesTheDifference() {
        ProblemException e = ImbalanceProblems.of(List.of(
                new Imbalance(Imbalance.Rule.TOTAL_PAID, -1, Money.parse("100.00"), Money.parse("90.00")),
                new Imbalance(Imbalance.Rule.CLAIM_ADJUSTMENTS, 2, Money.parse("60.00"), Money.parse("50.00")),
                new Imbalance(Imbalance.Rule.PATIENT_RESPONSIBILITY, 3, Money.parse("20"), Money.parse("25"))));

        assertThat(e.problem().status()).isEqualTo(422);
        assertThat(e.problem().type()).isEqualTo("https://openrcm.io/problems/unbalanced-remittance");
        assertThat(e.problem().violations()).containsExactly(
                new Violation("/totalPaid",
                        "totalPaid 100.00 does not equal the sum of the claims' paidAmount 90.00 (difference 10.00)"),
                new Violation("/claims/2/adjustments",
                        "chargeAmount - paidAmount is 60.00 but the adjustments add up to 50.00 (difference 10.00)"),
                new Violation("/claims/3/patientResponsibility",
                        "patientResponsibility 20.00 does not equal the sum of the PR adjustments 25.00"
                                + " (difference -5.00)"));
        assertThat(e.problem().detail()).contains("/totalPaid: totalPaid 100.00");
    }
}
