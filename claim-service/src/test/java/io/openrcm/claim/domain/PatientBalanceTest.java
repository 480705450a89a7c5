package io.openrcm.claim.domain;

import static io.openrcm.claim.domain.ClaimMother.adjustment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientBalanceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Money FIVE = Money.parse("5.00");

    /** The golden claim paid by its only payer: 100.00 paid, 40.00 CO-45, 20.00 left to the patient. */
    private static Claim withThePatient() {
        Claim claim = CobMother.submitted(CobMother.details(Coverage.self("BCBS-IL", "XGH123456789")));
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), NOW);
        return claim;
    }

    @Test
    void thePatientOwesWhatInsuranceLeftOnceInsuranceIsDone() {
        PatientBalance balance = PatientBalance.of(withThePatient(), List.of());

        assertThat(balance.insuranceDone()).isTrue();
        assertThat(balance.owed()).isEqualTo(Money.parse("20.00"));
        assertThat(balance.status()).isEqualTo(PatientBalanceStatus.OWES);
    }

    @Test
    void aClaimStillWithTheSecondaryOwesNothingYetAndTakesNoPatientPayment() {
        Claim claim = CobMother.submitted(CobMother.commercialWithSpouseSecondary());
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), NOW);
        PatientBalance balance = PatientBalance.of(claim, List.of());

        assertThat(balance.status()).isEqualTo(PatientBalanceStatus.WITH_INSURANCE);
        assertThat(balance.owed()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> balance.pay("R-1", Money.parse("20.00"), NOW, "CASH"))
                .isInstanceOf(PatientBalanceException.class).hasMessageContaining("still with a payer");
    }

    @Test
    void paymentsAndRefundsMoveTheBalanceToTheCent() {
        PatientBalance balance = PatientBalance.of(withThePatient(), List.of());
        balance = balance.with(balance.pay("R-1", Money.parse("12.34"), NOW, "CARD"));
        assertThat(balance.owed()).isEqualTo(Money.parse("7.66"));
        balance = balance.with(balance.refund("RF-1", Money.parse("2.34"), NOW, "charged twice"));
        assertThat(balance.owed()).isEqualTo(Money.parse("10.00"));
        balance = balance.with(balance.pay("R-2", Money.parse("10.00"), NOW, "CASH"));

        assertThat(balance.owed()).isEqualTo(Money.ZERO);
        assertThat(balance.isSettled()).isTrue();
        assertThat(balance.status()).isEqualTo(PatientBalanceStatus.PAID_IN_FULL);
        assertThat(balance.paid()).isEqualTo(Money.parse("22.34"));
        assertThat(balance.refunded()).isEqualTo(Money.parse("2.34"));
    }

    @Test
    void neitherMoreThanIsOwedIsTakenNorMoreThanWasPaidRefunded() {
        PatientBalance balance = PatientBalance.of(withThePatient(), List.of());
        assertThatThrownBy(() -> balance.pay("R-1", Money.parse("20.01"), NOW, null))
                .isInstanceOf(PatientBalanceException.class).hasMessageContaining("owes 20.00");
        PatientBalance paid = balance.with(balance.pay("R-1", Money.parse("15.00"), NOW, null));
        assertThatThrownBy(() -> paid.refund("RF-1", Money.parse("15.01"), NOW, null))
                .isInstanceOf(PatientBalanceException.class).hasMessageContaining("paid 15.00");
        PatientBalance refunded = paid.with(paid.refund("RF-1", Money.parse("15.00"), NOW, null));
        assertThatThrownBy(() -> refunded.refund("RF-2", Money.parse("0.01"), NOW, null))
                .isInstanceOf(PatientBalanceException.class);
        assertThat(refunded.owed()).isEqualTo(Money.parse("20.00"));
    }

    @Test
    void aBalanceUnderTheThresholdIsWrittenOffAndOneAtItIsNot() {
        PatientBalance balance = PatientBalance.of(withThePatient(), List.of());
        PatientBalance atFive = balance.with(balance.pay("R-1", Money.parse("15.00"), NOW, null));
        assertThat(atFive.smallBalanceWriteOff(FIVE, "WO-1", NOW)).isEmpty();

        PatientBalance under = atFive.with(atFive.pay("R-2", Money.parse("0.01"), NOW, null));
        PatientEntry writeOff = under.smallBalanceWriteOff(FIVE, "WO-1", NOW).orElseThrow();
        assertThat(writeOff.kind()).isEqualTo(PatientEntryKind.WRITE_OFF);
        assertThat(writeOff.amount()).isEqualTo(Money.parse("4.99"));
        PatientBalance settled = under.with(writeOff);
        assertThat(settled.status()).isEqualTo(PatientBalanceStatus.WRITTEN_OFF);
        assertThat(settled.isSettled()).isTrue();
        assertThat(settled.smallBalanceWriteOff(FIVE, "WO-2", NOW)).as("nothing left to write off").isEmpty();
    }

    @Test
    void aPaymentInFullClosesTheClaimButNotWhileAPayerStillOwes() {
        Claim claim = withThePatient();
        assertThat(claim.closeForPatient("the patient paid in full", NOW)).singleElement()
                .satisfies(e -> assertThat(((ClaimStatusChanged) e).to()).isEqualTo(ClaimStatus.CLOSED));
        assertThat(claim.status()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(claim.closeForPatient("again", NOW)).as("closed once").isEmpty();

        Claim partly = ClaimMother.submitted();
        partly.applyPayment(ClaimMother.posting("1", "50.00", "20.00", adjustment("PR", "2", "20.00")), NOW);
        assertThat(partly.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(partly.closeForPatient("the patient paid in full", NOW)).isEmpty();
        assertThat(partly.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
    }

    @Test
    void anEntryIsAlwaysAPositiveAmount() {
        assertThatThrownBy(() -> new PatientEntry("R-0", PatientEntryKind.PAYMENT, Money.ZERO, NOW, null))
                .isInstanceOf(PatientBalanceException.class);
        assertThat(new PatientEntry("R-1", PatientEntryKind.PAYMENT, Money.parse("1.00"), NOW, null)
                .sameAs(PatientEntryKind.PAYMENT, Money.parse("1.00"))).isTrue();
        assertThat(new PatientEntry("R-1", PatientEntryKind.PAYMENT, Money.parse("1.00"), NOW, null)
                .sameAs(PatientEntryKind.REFUND, Money.parse("1.00"))).isFalse();
    }
    @Test
    void aCopayCollectedBeforeAdjudicationIsHeldThenMeetsThePatientsShare() {
        Claim claim = CobMother.submitted(CobMother.details(Coverage.self("BCBS-IL", "XGH123456789")));
        PatientBalance before = PatientBalance.of(claim, List.of());
        PatientEntry copay = before.collectAtService("CP-1", Money.parse("20.00"), NOW, "CARD",
                claim.balance().totalCharge(), claim.balance().paid());
        PatientBalance held = before.with(copay);

        assertThat(copay.kind()).isEqualTo(PatientEntryKind.COPAY);
        assertThat(held.status()).isEqualTo(PatientBalanceStatus.WITH_INSURANCE);
        assertThat(held.owed()).isEqualTo(Money.ZERO);
        assertThat(held.credit()).as("no refund is due before the payer decided").isEqualTo(Money.ZERO);
        assertThat(held.collectedAtService()).isEqualTo(Money.parse("20.00"));

        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), NOW);
        PatientBalance after = PatientBalance.of(claim, List.of(copay));

        assertThat(after.responsibility()).isEqualTo(Money.parse("20.00"));
        assertThat(after.isSettled()).isTrue();
        assertThat(after.status()).isEqualTo(PatientBalanceStatus.PAID_IN_FULL);
        assertThat(claim.closeForPatient("copay", NOW)).hasSize(1);
        assertThat(claim.status()).isEqualTo(ClaimStatus.CLOSED);
    }

    @Test
    void aCopayAboveThePatientsShareIsACreditAndBelowItLeavesTheRestOwed() {
        Claim claim = withThePatient();
        PatientEntry more = new PatientEntry("CP-1", PatientEntryKind.COPAY, Money.parse("25.00"), NOW, null);
        PatientEntry less = new PatientEntry("CP-2", PatientEntryKind.COPAY, Money.parse("15.00"), NOW, null);

        PatientBalance credit = PatientBalance.of(claim, List.of(more));
        PatientBalance owes = PatientBalance.of(claim, List.of(less));

        assertThat(credit.status()).isEqualTo(PatientBalanceStatus.CREDIT);
        assertThat(credit.credit()).isEqualTo(FIVE);
        assertThat(credit.refund("RF-1", FIVE, NOW, "copay above the share").amount()).isEqualTo(FIVE);
        assertThat(owes.status()).isEqualTo(PatientBalanceStatus.OWES);
        assertThat(owes.owed()).isEqualTo(FIVE);
    }

    @Test
    void aCopayIsRefusedOnceInsuranceIsDoneAndAboveWhatIsLeftToCollect() {
        Claim done = withThePatient();
        assertThatThrownBy(() -> PatientBalance.of(done, List.of()).collectAtService("CP-1", FIVE, NOW, null,
                done.balance().totalCharge(), done.balance().paid())).isInstanceOf(PatientBalanceException.class)
                .hasMessageContaining("post a patient payment");
        Claim open = CobMother.submitted(CobMother.details(Coverage.self("BCBS-IL", "XGH123456789")));
        PatientBalance balance = PatientBalance.of(open, List.of(new PatientEntry("CP-1", PatientEntryKind.COPAY,
                Money.parse("150.00"), NOW, null)));
        assertThatThrownBy(() -> balance.collectAtService("CP-2", Money.parse("10.01"), NOW, null,
                open.balance().totalCharge(), open.balance().paid())).isInstanceOf(PatientBalanceException.class)
                .hasMessageContaining("at most 10.00");
    }
}
