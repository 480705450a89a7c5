package io.openrcm.claim.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.claim.application.ReceivedPayment;
import io.openrcm.claim.domain.Adjustment;
import io.openrcm.claim.domain.LineAdjudication;
import io.openrcm.kernel.Money;
import io.openrcm.testsupport.EventContracts;
import io.openrcm.testsupport.JsonStructure;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The remittance detail the next payer is billed with, read from reimbursement's golden PaymentPosted. */
class PaymentPostedDetailTest {

    @Test
    void theGoldenPaymentCarriesItsPayerDateAndLineAdjudication() throws Exception {
        ReceivedPayment payment = read(EventContracts.example(EventContracts.PAYMENT_POSTED));

        assertThat(payment.remittance().payerId()).isEqualTo("BCBS-IL");
        assertThat(payment.remittance().paymentDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        // Both adjustments of the claim are its first line's: no claim-level adjustment is left for loop 2320.
        assertThat(payment.remittance().claimAdjustments()).isEmpty();
        assertThat(payment.remittance().lines()).extracting(LineAdjudication::lineNumber).containsExactly(1, 2);
        LineAdjudication first = payment.remittance().lines().get(0);
        assertThat(first.paid()).isEqualTo(Money.parse("75.00"));
        assertThat(first.modifiers()).containsExactly("25");
        assertThat(first.adjustments()).extracting(Adjustment::code).containsExactly("CO-45", "PR-2");
    }

    @Test
    void aClaimLevelAdjustmentIsTheOneBeforeTheLinesOnes() throws Exception {
        ObjectNode golden = (ObjectNode) EventContracts.example(EventContracts.PAYMENT_POSTED);
        golden.withArray("adjustments").insertObject(0).put("group", "OA").put("reason", "23")
                .put("amount", "10.00");

        ReceivedPayment payment = read(golden);

        assertThat(payment.remittance().claimAdjustments()).extracting(Adjustment::code).containsExactly("OA-23");
    }

    @Test
    void anEventWithoutPayerOrDateIsPostedWithoutDetail() throws Exception {
        ObjectNode golden = (ObjectNode) EventContracts.example(EventContracts.PAYMENT_POSTED);
        golden.remove("payerId");

        ReceivedPayment payment = read(golden);

        assertThat(payment.remittance()).isNull();
        assertThat(payment.posting().paidAmount()).isEqualTo(Money.parse("100.00"));
    }

    private static ReceivedPayment read(Object json) throws Exception {
        PaymentPostedPayload payload = JsonStructure.MAPPER.treeToValue((ObjectNode) json, PaymentPostedPayload.class);
        assertThat(payload.violations()).isEmpty();
        return payload.toReceivedPayment();
    }
}
