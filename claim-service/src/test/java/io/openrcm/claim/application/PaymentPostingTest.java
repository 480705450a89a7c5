package io.openrcm.claim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.claim.domain.PaymentPosting;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentPostingTest {

    private static final String PAYMENT_ID = UUID.randomUUID().toString();

    @Test
    void readsTheGoldenPayment() {
        PaymentPosting posting = PaymentPostingService.posting(new PaymentPostedPayload(UUID.randomUUID().toString(),
                PAYMENT_ID, "1", new BigDecimal("100.00"), new BigDecimal("20.00"), List.of(
                        new PaymentPostedPayload.AdjustmentPart("CO", "45", new BigDecimal("40.00")),
                        new PaymentPostedPayload.AdjustmentPart("PR", "2", new BigDecimal("20.00"))), null, "PCN-9",
                null));
        assertThat(posting.paymentId()).hasToString(PAYMENT_ID);
        assertThat(posting.paidAmount()).hasToString("100.00");
        assertThat(posting.nonPatientAdjustmentTotal()).hasToString("40.00");
        assertThat(posting.reasonCodes()).containsExactly("CO-45", "PR-2");
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThatThrownBy(() -> PaymentPostingService.posting(new PaymentPostedPayload(null, "not-a-uuid", "1",
                new BigDecimal("1.005"), null, List.of(
                        new PaymentPostedPayload.AdjustmentPart("CO", null, BigDecimal.ONE)), null, null, null)))
                .isInstanceOf(ClaimRuleException.class)
                .hasMessage("payment cannot be applied: paymentId is not a UUID; paidAmount has more than 2 decimals;"
                        + " patientResponsibility is missing; adjustments[0] needs a group and a reason");
    }
}
