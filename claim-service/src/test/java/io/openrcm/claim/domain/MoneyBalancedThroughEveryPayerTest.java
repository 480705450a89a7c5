package io.openrcm.claim.domain;

import static io.openrcm.claim.domain.ClaimMother.adjustment;
import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every cent of a charge ends with a payer, an adjustment, the patient or the small-balance write-off. */
class MoneyBalancedThroughEveryPayerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void chargeIsPrimaryPaidPlusAdjustmentsPlusSecondaryPaidPlusPatientPaidPlusWriteOff() {
        Claim claim = CobMother.submitted(CobMother.commercialWithSpouseSecondary());
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), NOW);
        claim.submit(UUID.randomUUID(), NOW);
        // The secondary pays 13.47 of the 20.00 the primary left and leaves 6.53 to the patient.
        CobMother.Payment secondary = CobMother.laterPays("2", "AETNA", "13.47", "6.53",
                adjustment("OA", "23", "140.00"), adjustment("PR", "2", "6.53"));
        claim.applyPayment(secondary.posting(), secondary.detail(), NOW);
        assertThat(claim.coordination().responsibility()).isEqualTo(Responsibility.PATIENT);

        PatientBalance patient = PatientBalance.of(claim, List.of());
        patient = patient.with(patient.pay("R-1", Money.parse("2.00"), NOW, "CASH"));
        patient = patient.with(patient.pay("R-2", Money.parse("1.51"), NOW, "CARD"));
        PatientEntry writeOff = patient.smallBalanceWriteOff(Money.parse("5.00"), "WO-1", NOW).orElseThrow();
        patient = patient.with(writeOff);
        List<ClaimDomainEvent> closed = claim.closeForPatient("the small balance was written off", NOW);

        Money primaryPaid = paidBy(claim, Responsibility.PRIMARY);
        Money secondaryPaid = paidBy(claim, Responsibility.SECONDARY);
        assertThat(primaryPaid).isEqualTo(Money.parse("100.00"));
        assertThat(secondaryPaid).isEqualTo(Money.parse("13.47"));
        assertThat(claim.balance().adjustments()).isEqualTo(Money.parse("40.00"));
        assertThat(patient.paid()).isEqualTo(Money.parse("3.51"));
        assertThat(writeOff.amount()).isEqualTo(Money.parse("3.02"));
        assertThat(primaryPaid.plus(claim.balance().adjustments()).plus(secondaryPaid).plus(patient.paid())
                .minus(patient.refunded()).plus(patient.writtenOff())).isEqualTo(claim.balance().totalCharge())
                .isEqualTo(Money.parse("160.00"));
        assertThat(claim.balance().paid()).isEqualTo(primaryPaid.plus(secondaryPaid));
        assertThat(patient.owed()).isEqualTo(Money.ZERO);
        assertThat(closed).hasSize(1);
        assertThat(claim.status()).isEqualTo(ClaimStatus.CLOSED);
    }

    private static Money paidBy(Claim claim, Responsibility payer) {
        return claim.coordination().adjudications().stream().filter(a -> a.responsibility() == payer)
                .map(PayerAdjudication::paid).findFirst().orElseThrow();
    }
}
