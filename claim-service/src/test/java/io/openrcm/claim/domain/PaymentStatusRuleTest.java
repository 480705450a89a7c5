package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import static io.openrcm.claim.domain.ClaimMother.adjustment;
import static io.openrcm.claim.domain.ClaimMother.posting;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentStatusRuleTest {

    private static final Balance OPEN = Balance.opening(Money.parse("160.00"));

    private static ClaimStatus decide(PaymentPosting posting) {
        return PaymentStatusRule.statusAfter(ClaimStatus.SUBMITTED, posting, OPEN.after(posting));
    }

    @Test
    void paidWhenNothingIsOutstanding() {
        PaymentPosting p = posting("1", "100.00", "20.00", adjustment("CO", "45", "40.00"),
                adjustment("PR", "2", "20.00"));
        assertThat(decide(p)).isEqualTo(ClaimStatus.PAID);
        assertThat(PaymentStatusRule.reason(p, OPEN.after(p), ClaimStatus.PAID))
                .isEqualTo("Payment posted: paid 100.00 of 160.00, nothing outstanding");
    }

    @Test
    void paidWhenOverpaidAndTheReasonNamesTheCredit() {
        PaymentPosting p = posting("1", "170.00", "0.00");
        assertThat(decide(p)).isEqualTo(ClaimStatus.PAID);
        assertThat(PaymentStatusRule.reason(p, OPEN.after(p), ClaimStatus.PAID))
                .isEqualTo("Payment posted: paid 170.00 of 160.00, credit balance 10.00 to refund");
    }

    @Test
    void aClosedClaimStaysClosed() {
        PaymentPosting p = posting("1", "10.00", "0.00");
        assertThat(PaymentStatusRule.statusAfter(ClaimStatus.CLOSED, p, OPEN.after(p))).isEqualTo(ClaimStatus.CLOSED);
    }

    @Test
    void partiallyPaidWhenSomethingIsPaidAndSomethingOutstanding() {
        PaymentPosting p = posting("1", "100.00", "20.00", adjustment("CO", "45", "20.00"),
                adjustment("PR", "2", "20.00"));
        assertThat(OPEN.after(p).outstanding().toString()).isEqualTo("20.00");
        assertThat(decide(p)).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(PaymentStatusRule.reason(p, OPEN.after(p), ClaimStatus.PARTIALLY_PAID))
                .isEqualTo("Payment posted: paid 100.00 of 160.00");
    }

    @Test
    void partiallyPaidByOneCent() {
        assertThat(decide(posting("1", "159.99", "0.00"))).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(decide(posting("1", "160.00", "0.00"))).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void deniedWhenThePayerSaysSoEvenIfItPaid() {
        PaymentPosting p = posting("4", "0.00", "0.00", adjustment("CO", "50", "160.00"));
        assertThat(decide(p)).isEqualTo(ClaimStatus.DENIED);
        assertThat(OPEN.after(p).outstanding().toString()).isEqualTo("0.00");
        assertThat(decide(posting("4", "10.00", "0.00"))).isEqualTo(ClaimStatus.DENIED);
        assertThat(PaymentStatusRule.reason(p, OPEN.after(p), ClaimStatus.DENIED)).contains("claim status code 4");
    }

    @Test
    void deniedWhenNothingIsPaidNorMovedToThePatient() {
        PaymentPosting p = posting("1", "0.00", "0.00", adjustment("CO", "97", "160.00"));
        assertThat(decide(p)).isEqualTo(ClaimStatus.DENIED);
        assertThat(decide(posting("1", "0.00", "0.00"))).isEqualTo(ClaimStatus.DENIED);
    }

    @Test
    void notDeniedWhenThePatientOwesEverything() {
        PaymentPosting p = posting("1", "0.00", "160.00", adjustment("PR", "1", "160.00"));
        assertThat(decide(p)).isEqualTo(ClaimStatus.PAID);
    }
}
