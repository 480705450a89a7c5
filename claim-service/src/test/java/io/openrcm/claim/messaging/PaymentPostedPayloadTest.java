package io.openrcm.claim.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.claim.application.ReceivedPayment;
import io.openrcm.claim.domain.PaymentPosting;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentPostedPayloadTest {

    private static final String PAYMENT_ID = UUID.randomUUID().toString();
    private static final String CLAIM_ID = UUID.randomUUID().toString();

    @Test
    void readsTheGoldenPayment() {
        PaymentPostedPayload payload = new PaymentPostedPayload(CLAIM_ID, PAYMENT_ID, "1", new BigDecimal("100.00"),
                new BigDecimal("20.00"), List.of(
                        new PaymentPostedPayload.AdjustmentPart("CO", "45", new BigDecimal("40.00")),
                        new PaymentPostedPayload.AdjustmentPart("PR", "2", new BigDecimal("20.00"))), null, "PCN-9",
                null);
        assertThat(payload.violations()).isEmpty();
        ReceivedPayment payment = payload.toReceivedPayment();
        PaymentPosting posting = payment.posting();
        assertThat(payment.claimId()).hasToString(CLAIM_ID);
        assertThat(posting.paymentId()).hasToString(PAYMENT_ID);
        assertThat(posting.paidAmount()).hasToString("100.00");
        assertThat(posting.nonPatientAdjustmentTotal()).hasToString("40.00");
        assertThat(posting.reasonCodes()).containsExactly("CO-45", "PR-2");
        assertThat(posting.payerClaimControlNumber()).isEqualTo("PCN-9");
    }

    @Test
    void readsItFromJsonIgnoringUnknownFields() throws Exception {
        PaymentPostedPayload payload = new ObjectMapper().readValue("{\"claimId\":\"" + CLAIM_ID + "\",\"paymentId\":\""
                + PAYMENT_ID + "\",\"paidAmount\":\"10.00\",\"patientResponsibility\":\"0.00\",\"addedLater\":1,"
                + "\"denialCategory\":\"CODING\"}", PaymentPostedPayload.class);
        assertThat(payload.violations()).isEmpty();
        assertThat(payload.toReceivedPayment().denialCategory()).isEqualTo("CODING");
    }

    @Test
    void namesEveryProblemAtOnce() {
        PaymentPostedPayload payload = new PaymentPostedPayload(null, "not-a-uuid", "1", new BigDecimal("1.005"), null,
                List.of(new PaymentPostedPayload.AdjustmentPart("CO", null, BigDecimal.ONE)), " ", null, null);
        assertThat(payload.violations()).containsExactly("claimId is missing", "paymentId is not a UUID",
                "reversalOf is missing", "paidAmount has more than 2 decimals", "patientResponsibility is missing",
                "adjustments[0] needs a group and a reason");
        assertThatThrownBy(payload::toReceivedPayment).isInstanceOf(IllegalStateException.class);
    }
}
