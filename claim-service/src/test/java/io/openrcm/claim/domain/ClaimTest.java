package io.openrcm.claim.domain;

import static io.openrcm.claim.domain.ClaimMother.adjustment;
import static io.openrcm.claim.domain.ClaimMother.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final Instant LATER = Instant.parse("2026-11-20T09:30:00Z");

    @Test
    void creationOpensTheBalanceAtTheSumOfTheLinesAndSaysSo() {
        UUID id = UUID.randomUUID();
        Claim.Created created = Claim.create(id, ClaimMother.goldenDetails(), Correction.ORIGINAL, ClaimMother.CREATED_AT);
        assertThat(created.claim().status()).isEqualTo(ClaimStatus.CREATED);
        assertThat(created.claim().balance().totalCharge().toString()).isEqualTo("160.00");
        assertThat(created.claim().balance().outstanding().toString()).isEqualTo("160.00");
        assertThat(created.events()).singleElement().isInstanceOfSatisfying(ClaimStatusChanged.class, e -> {
            assertThat(e.claimId()).isEqualTo(id);
            assertThat(e.from()).isNull();
            assertThat(e.to()).isEqualTo(ClaimStatus.CREATED);
            assertThat(e.reasonCodes()).isEmpty();
        });
    }

    @Test
    void submissionMovesReadyToSubmittedAndEmitsBothEvents() {
        Claim claim = ClaimMother.ready();
        UUID submission = UUID.randomUUID();
        List<ClaimDomainEvent> events = claim.submit(submission, ClaimMother.CREATED_AT);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.submittedAt()).isEqualTo(ClaimMother.CREATED_AT);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(ClaimStatusChanged.class, e -> {
            assertThat(e.from()).isEqualTo(ClaimStatus.READY);
            assertThat(e.to()).isEqualTo(ClaimStatus.SUBMITTED);
            assertThat(e.reason()).isEqualTo("Claim sent to payer BCBS-IL in 837P submission " + submission);
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(ClaimSubmitted.class,
                e -> assertThat(e.submissionId()).isEqualTo(submission));
    }

    @Test
    void aClaimIsSubmittedOnlyOnce() {
        Claim claim = ClaimMother.submitted();
        assertThatThrownBy(() -> claim.submit(UUID.randomUUID(), LATER)).isInstanceOf(IllegalClaimTransitionException.class);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void aFullPaymentPaysTheClaim() {
        Claim claim = ClaimMother.submitted();
        PaymentPosting p = posting("1", "100.00", "20.00", adjustment("CO", "45", "40.00"),
                adjustment("PR", "2", "20.00"));
        List<ClaimDomainEvent> events = claim.applyPayment(p, LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.balance().outstanding()).isEqualTo(Money.ZERO);
        assertThat(events).singleElement().isInstanceOfSatisfying(ClaimStatusChanged.class, e -> {
            assertThat(e.from()).isEqualTo(ClaimStatus.SUBMITTED);
            assertThat(e.to()).isEqualTo(ClaimStatus.PAID);
            assertThat(e.reasonCodes()).containsExactly("CO-45", "PR-2");
            assertThat(e.paymentId()).isEqualTo(p.paymentId());
            assertThat(e.balance().paid().toString()).isEqualTo("100.00");
        });
    }

    @Test
    void aDeniedClaimCanBePaidOnAppeal() {
        Claim claim = ClaimMother.submitted();
        claim.applyPayment(posting("4", "0.00", "0.00", adjustment("CO", "50", "0.00")), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        claim.applyPayment(posting("1", "90.00", "10.00"), LATER.plusSeconds(60));
        assertThat(claim.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(claim.balance().outstanding().toString()).isEqualTo("60.00");
    }

    @Test
    void aPaidClaimRefusesAnotherPaymentAndStaysAsItWas() {
        Claim claim = ClaimMother.restored(ClaimStatus.PAID,
                new Balance(Money.of("160.00"), Money.of("160.00"), Money.ZERO, Money.ZERO));
        assertThatThrownBy(() -> claim.applyPayment(posting("1", "0.00", "0.00"), LATER))
                .isInstanceOf(IllegalClaimTransitionException.class);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.balance().paid().toString()).isEqualTo("160.00");
    }

    @Test
    void anOverpaymentIsRefusedAndChangesNothing() {
        Claim claim = ClaimMother.submitted();
        assertThatThrownBy(() -> claim.applyPayment(posting("1", "160.01", "0.00"), LATER))
                .isInstanceOf(ClaimRuleException.class);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.balance().outstanding().toString()).isEqualTo("160.00");
    }

    @Test
    void linesMustPointToDiagnosesTheClaimHas() {
        ClaimDetails golden = ClaimMother.goldenDetails();
        ClaimLine bad = new ClaimLine(1, "99213", "CPT", List.of(), 1, List.of(3), Money.of("135.00"),
                ClaimMother.DATE_OF_SERVICE);
        assertThatThrownBy(() -> new ClaimDetails(golden.encounterId(), null, golden.patient(), "M1", "BCBS-IL",
                "1234567893", null, "11", ClaimMother.DATE_OF_SERVICE, golden.diagnoses(), List.of(bad), null))
                .isInstanceOf(ClaimRuleException.class).hasMessageContaining("diagnosis 3");
    }

    @Test
    void aLineChargesUnitFeeTimesUnits() {
        ClaimLine line = new ClaimLine(1, "J1100", "HCPCS", List.of(), 3, List.of(1), Money.of("6.15"),
                ClaimMother.DATE_OF_SERVICE);
        assertThat(line.charge().toString()).isEqualTo("18.45");
    }
}
