package io.openrcm.reimbursement.domain;

import java.util.Arrays;
import io.openrcm.kernel.Money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DenialClassifierTest {

    private final DenialClassifier classifier = new DenialClassifier(Map.of("16", DenialCategory.CODING,
            "29", DenialCategory.TIMELY_FILING, "197", DenialCategory.AUTHORIZATION));

    private static ClaimPayment claim(ClaimStatusCode status, String paid, Adjustment... adjustments) {
        Money paidAmount = Money.parse(paid);
        Money charge = paidAmount.plus(Money.sum(Arrays.stream(adjustments).map(Adjustment::amount)
                .toList()));
        Money patient = Money.sum(Arrays.stream(adjustments).filter(Adjustment::isPatientResponsibility)
                .map(Adjustment::amount).toList());
        return new ClaimPayment("C", status, "P", charge, paidAmount, patient, List.of(adjustments));
    }

    private static Adjustment a(AdjustmentGroup g, String reason, String amount) {
        return new Adjustment(g, reason, Money.parse(amount));
    }

    @Test
    void aDeniedClaimTakesTheCategoryOfItsLargestNonPatientReason() {
        assertThat(classifier.claim(claim(ClaimStatusCode.DENIED, "0", a(AdjustmentGroup.OA, "A7", "127.80"),
                a(AdjustmentGroup.CO, "16", "500.04")))).contains(DenialCategory.CODING);
        assertThat(classifier.claim(claim(ClaimStatusCode.DENIED, "0", a(AdjustmentGroup.CO, "29", "10.00"))))
                .contains(DenialCategory.TIMELY_FILING);
    }

    @Test
    void anUnknownCodeIsOtherAndPaidOrPatientOwedClaimsAreNoDenial() {
        assertThat(classifier.claim(claim(ClaimStatusCode.DENIED, "0", a(AdjustmentGroup.CO, "B99", "1.00"))))
                .contains(DenialCategory.OTHER);
        assertThat(classifier.claim(claim(ClaimStatusCode.PROCESSED_AS_PRIMARY, "0",
                a(AdjustmentGroup.PR, "1", "100.00")))).isEmpty();
        assertThat(classifier.claim(claim(ClaimStatusCode.PROCESSED_AS_PRIMARY, "60.00",
                a(AdjustmentGroup.CO, "197", "40.00")))).isEmpty();
        assertThat(classifier.claim(claim(ClaimStatusCode.PROCESSED_AS_PRIMARY, "0",
                a(AdjustmentGroup.CO, "197", "40.00")))).contains(DenialCategory.AUTHORIZATION);
    }
}
