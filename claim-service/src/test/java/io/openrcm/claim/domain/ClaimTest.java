package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

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
    void aScrubReasonLongerThanTheHistoryKeepsIsCutToFiveHundredCharacters() {
        Claim claim = Claim.create(UUID.randomUUID(), ClaimMother.goldenDetails(), Correction.ORIGINAL,
                ClaimMother.CREATED_AT).claim();
        List<ClaimDomainEvent> events = claim.scrubbed(List.of(new Finding("SCR-X", "x".repeat(600))),
                ClaimMother.CREATED_AT);
        String reason = ((ClaimStatusChanged) events.get(0)).reason();
        assertThat(reason).hasSize(500).startsWith("Scrubbed: 1 finding(s): SCR-X xxx").endsWith("x...");
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
    void aPaymentToAClosedClaimIsPostedLateAndWaitsForReview() {
        Claim claim = ClaimMother.restored(ClaimStatus.CLOSED,
                new Balance(Money.parse("160.00"), Money.parse("100.00"), Money.ZERO, Money.ZERO));
        PaymentPosting late = posting("1", "20.00", "0.00");
        List<ClaimDomainEvent> events = claim.applyPayment(late, LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(claim.balance().paid().toString()).isEqualTo("120.00");
        assertThat(claim.reviewReason()).isEqualTo(ReviewReason.POSTED_AFTER_CLOSE);
        ClaimStatusChanged changed = (ClaimStatusChanged) events.get(0);
        assertThat(changed.from()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(changed.to()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(changed.paymentId()).isEqualTo(late.paymentId());
        assertThat(changed.reason()).contains("after the claim was closed");
    }

    @Test
    void anOverpaymentPaysTheClaimAndLeavesACreditToRefund() {
        Claim claim = ClaimMother.submitted();
        List<ClaimDomainEvent> events = claim.applyPayment(posting("1", "160.01", "0.00"), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.balance().outstanding().toString()).isEqualTo("-0.01");
        assertThat(claim.balance().credit().toString()).isEqualTo("0.01");
        assertThat(claim.reviewReason()).isEqualTo(ReviewReason.CREDIT_BALANCE);
        assertThat(((ClaimStatusChanged) events.get(0)).reason()).contains("credit balance 0.01");
    }

    @Test
    void aRefundOfTheCreditTakesTheClaimOutOfReview() {
        Claim claim = ClaimMother.submitted();
        PaymentPosting over = posting("1", "170.00", "0.00");
        claim.applyPayment(over, LATER);
        claim.applyPayment(ClaimMother.reversal(over.paymentId(), "-170.00", "0.00"), LATER);
        claim.applyPayment(posting("1", "160.00", "0.00"), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.reviewReason()).isNull();
    }

    @Test
    void aSecondReversalKeepsTheClaimReopened() {
        Claim claim = ClaimMother.restored(ClaimStatus.ACCEPTED,
                new Balance(Money.parse("160.00"), Money.parse("100.00"), Money.ZERO, Money.ZERO));
        claim.applyPayment(ClaimMother.reversal(UUID.randomUUID(), "-100.00", "0.00"), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(claim.balance().paid()).isEqualTo(Money.ZERO);
    }

    @Test
    void aReversalOfMoreThanWasPaidIsRefusedAndChangesNothing() {
        Claim claim = ClaimMother.submitted();
        assertThatThrownBy(() -> claim.applyPayment(ClaimMother.reversal(UUID.randomUUID(), "-0.01", "0.00"), LATER))
                .isInstanceOf(ClaimRuleException.class);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.balance().outstanding().toString()).isEqualTo("160.00");
    }

    @Test
    void aRejectionIsNotADenial() {
        Claim claim = ClaimMother.submitted();
        List<ClaimDomainEvent> events = claim.acknowledge(false, List.of(new Finding("277CA:A7:562:85",
                "bad NPI")), "277CA", LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(claim.status().isAdjudicated()).isFalse();
        assertThat(claim.findings()).extracting(Finding::code).containsExactly("277CA:A7:562:85");
        assertThat(events).singleElement().isInstanceOfSatisfying(ClaimStatusChanged.class,
                e -> assertThat(e.reasonCodes()).containsExactly("277CA:A7:562:85"));
        claim.scrubbed(List.of(), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
    }

    @Test
    void anAcknowledgmentAfterTheRemittanceChangesNothing() {
        Claim claim = ClaimMother.submitted();
        claim.applyPayment(posting("4", "0.00", "0.00", adjustment("CO", "50", "160.00")), LATER);
        assertThat(claim.acknowledge(true, List.of(), "999", LATER)).isEmpty();
        assertThat(claim.acknowledge(false, List.of(new Finding("999:IK5:R", "x")), "999", LATER)).isEmpty();
        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
    }

    @Test
    void aReversalTakesThePostingBackAndReopensTheClaim() {
        Claim claim = ClaimMother.submitted();
        PaymentPosting paid = posting("1", "100.00", "20.00", adjustment("CO", "45", "40.00"),
                adjustment("PR", "2", "20.00"));
        claim.applyPayment(paid, LATER);
        claim.applyPayment(ClaimMother.reversal(paid.paymentId(), "-100.00", "-20.00",
                adjustment("CO", "45", "-40.00"), adjustment("PR", "2", "-20.00")), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(claim.balance().outstanding().toString()).isEqualTo("160.00");
        assertThat(claim.balance().paid()).isEqualTo(Money.ZERO);
        claim.applyPayment(posting("1", "120.00", "20.00", adjustment("CO", "45", "20.00"),
                adjustment("PR", "2", "20.00")), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.payerClaimControlNumber()).isEqualTo("PCN-1");
    }

    @Test
    void aReplacementMarksTheOriginalCorrectedAndLatePostingsKeepItThere() {
        Claim claim = ClaimMother.submitted();
        claim.applyPayment(posting("1", "160.00", "0.00"), LATER);
        UUID replacement = UUID.randomUUID();
        claim.correctedBy(replacement, Correction.replacing(claim.id(), "PCN-1"), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.CORRECTED);
        claim.applyPayment(ClaimMother.reversal(UUID.randomUUID(), "-160.00", "0.00"), LATER);
        assertThat(claim.status()).isEqualTo(ClaimStatus.CORRECTED);
        assertThat(claim.balance().outstanding().toString()).isEqualTo("160.00");
    }

    @Test
    void aCorrectionNeedsThePayersClaimControlNumber() {
        assertThatThrownBy(() -> Correction.replacing(UUID.randomUUID(), null))
                .isInstanceOf(ClaimRuleException.class);
    }

    @Test
    void aLineChargesUnitFeeTimesUnits() {
        ClaimLine line = new ClaimLine(1, "J1100", "HCPCS", List.of(), 3, List.of(1), Money.parse("6.15"),
                ClaimMother.DATE_OF_SERVICE);
        assertThat(line.charge().toString()).isEqualTo("18.45");
    }
}
