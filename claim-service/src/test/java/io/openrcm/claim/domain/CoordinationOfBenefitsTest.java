package io.openrcm.claim.domain;

import static io.openrcm.claim.domain.ClaimMother.adjustment;
import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoordinationOfBenefitsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void aCommercialPrimaryPaymentBillsTheSecondaryForWhatItLeftOpen() {
        Claim claim = CobMother.submitted(CobMother.commercialWithSpouseSecondary());
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");

        List<ClaimDomainEvent> events = claim.applyPayment(primary.posting(), primary.detail(), NOW);

        assertThat(events).hasSize(2);
        ClaimStatusChanged paid = (ClaimStatusChanged) events.get(0);
        ClaimStatusChanged billed = (ClaimStatusChanged) events.get(1);
        assertThat(paid.to()).isEqualTo(ClaimStatus.PAID);
        assertThat(billed.from()).isEqualTo(ClaimStatus.PAID);
        assertThat(billed.to()).isEqualTo(ClaimStatus.READY);
        assertThat(billed.responsibility()).isEqualTo(Responsibility.SECONDARY);
        assertThat(billed.reason()).contains("secondary payer AETNA").contains("20.00");
        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
        assertThat(claim.details().payerId()).isEqualTo("AETNA");
        assertThat(claim.details().subscriberMemberId()).isEqualTo("W998877665");
        assertThat(claim.coordination().crossedOver()).isFalse();
        PayerAdjudication kept = claim.coordination().adjudications().get(0);
        assertThat(kept.responsibility()).isEqualTo(Responsibility.PRIMARY);
        assertThat(kept.paid()).isEqualTo(Money.parse("100.00"));
        assertThat(kept.lines()).extracting(LineAdjudication::lineNumber).containsExactly(1, 2);
        assertThat(kept.lines().get(0).adjustments()).extracting(Adjustment::code).containsExactly("CO-45", "PR-2");
        assertThat(claim.coordination().before(Responsibility.SECONDARY)).containsExactly(kept);
    }

    @Test
    void theSecondaryPaysAndThePatientOwesTheRestToTheCent() {
        Claim claim = CobMother.submitted(CobMother.commercialWithSpouseSecondary());
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), NOW);
        claim.submit(UUID.randomUUID(), NOW);
        // The secondary restates the primary's 140.00 (paid and contractual) as OA-23 and pays 15.00 of the 20.00.
        CobMother.Payment secondary = CobMother.laterPays("2", "AETNA", "15.00", "5.00",
                adjustment("OA", "23", "140.00"), adjustment("PR", "2", "5.00"));

        List<ClaimDomainEvent> events = claim.applyPayment(secondary.posting(), secondary.detail(), NOW);

        assertThat(events).hasSize(1);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.coordination().responsibility()).isEqualTo(Responsibility.PATIENT);
        Balance b = claim.balance();
        assertThat(b.paid()).isEqualTo(Money.parse("115.00"));
        assertThat(b.adjustments()).isEqualTo(Money.parse("40.00"));
        assertThat(b.patientResponsibility()).isEqualTo(Money.parse("5.00"));
        assertThat(b.paid().plus(b.adjustments()).plus(b.patientResponsibility())).isEqualTo(b.totalCharge());
        assertThat(b.outstanding()).isEqualTo(Money.ZERO);
    }

    @Test
    void aMedicarePrimaryCrossesOverToTheSupplementWithNoClaimSent() {
        Claim claim = CobMother.submitted(CobMother.details(Coverage.self("MEDICARE-IL", "1EG4TE5MK73"),
                Coverage.self("AETNA", "MEDIGAP-1")));
        CobMother.Payment medicare = CobMother.primaryPays("19", "MEDICARE-IL");

        List<ClaimDomainEvent> events = claim.applyPayment(medicare.posting(), medicare.detail(), NOW);

        assertThat(events).hasSize(1);
        ClaimStatusChanged change = (ClaimStatusChanged) events.get(0);
        assertThat(change.to()).isEqualTo(ClaimStatus.PAID);
        assertThat(change.responsibility()).isEqualTo(Responsibility.SECONDARY);
        assertThat(change.reason()).contains("crossed over").contains("AETNA");
        assertThat(claim.status()).as("nothing to send: the payer forwarded it").isEqualTo(ClaimStatus.PAID);
        assertThat(claim.coordination().crossedOver()).isTrue();

        // The supplement's own remittance (CLP02 2) posts against the same claim and pays the coinsurance.
        CobMother.Payment supplement = CobMother.laterPays("2", "AETNA", "20.00", "0.00",
                adjustment("OA", "23", "140.00"));
        claim.applyPayment(supplement.posting(), supplement.detail(), NOW);

        Balance b = claim.balance();
        assertThat(b.paid()).isEqualTo(Money.parse("120.00"));
        assertThat(b.patientResponsibility()).isEqualTo(Money.ZERO);
        assertThat(b.paid().plus(b.adjustments())).isEqualTo(b.totalCharge());
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.coordination().adjudications()).extracting(PayerAdjudication::payerId)
                .containsExactly("MEDICARE-IL", "AETNA");
    }

    @Test
    void aTertiaryIsBilledAfterTheSecondaryAndMoneyBalancesThroughEveryPayer() {
        Claim claim = CobMother.submitted(CobMother.details(Coverage.self("BCBS-IL", "XGH1"),
                new Coverage("AETNA", "W2", CobMother.SPOUSE), Coverage.self("UHC", "U3")));
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), NOW);
        claim.submit(UUID.randomUUID(), NOW);
        CobMother.Payment secondary = CobMother.laterPays("2", "AETNA", "8.00", "12.00",
                adjustment("OA", "23", "140.00"), adjustment("PR", "1", "12.00"));

        List<ClaimDomainEvent> events = claim.applyPayment(secondary.posting(), secondary.detail(), NOW);

        assertThat(events).extracting(e -> ((ClaimStatusChanged) e).to())
                .containsExactly(ClaimStatus.PAID, ClaimStatus.READY);
        assertThat(claim.details().payerId()).isEqualTo("UHC");
        assertThat(claim.coordination().responsibility()).isEqualTo(Responsibility.TERTIARY);
        assertThat(claim.coordination().before(Responsibility.TERTIARY)).extracting(PayerAdjudication::payerId)
                .containsExactly("BCBS-IL", "AETNA");
        claim.submit(UUID.randomUUID(), NOW);
        // The tertiary pays 10.00 and writes off 0.50 (CO-45); 1.50 is the patient's.
        CobMother.Payment tertiary = CobMother.laterPays("3", "UHC", "10.00", "1.50",
                adjustment("OA", "23", "148.00"), adjustment("CO", "45", "0.50"), adjustment("PR", "2", "1.50"));
        claim.applyPayment(tertiary.posting(), tertiary.detail(), NOW);

        Balance b = claim.balance();
        assertThat(b.paid()).isEqualTo(Money.parse("118.00"));
        assertThat(b.adjustments()).isEqualTo(Money.parse("40.50"));
        assertThat(b.patientResponsibility()).isEqualTo(Money.parse("1.50"));
        assertThat(b.paid().plus(b.adjustments()).plus(b.patientResponsibility())).isEqualTo(Money.parse("160.00"));
        assertThat(claim.coordination().responsibility()).isEqualTo(Responsibility.PATIENT);
    }

    @Test
    void withoutASecondaryThePatientShareIsWithThePatient() {
        Claim claim = ClaimMother.submitted();
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");

        List<ClaimDomainEvent> events = claim.applyPayment(primary.posting(), primary.detail(), NOW);

        assertThat(events).hasSize(1);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.coordination().responsibility()).isEqualTo(Responsibility.PATIENT);
        assertThat(claim.details().payerId()).isEqualTo("BCBS-IL");
        assertThat(CobMother.dateOfService()).isBefore(LocalDate.of(2026, 12, 1));
    }
}
