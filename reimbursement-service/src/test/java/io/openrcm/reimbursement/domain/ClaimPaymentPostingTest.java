package io.openrcm.reimbursement.domain;

import static io.openrcm.reimbursement.domain.Remittances.adjustment;
import static io.openrcm.reimbursement.domain.Remittances.balancedClaim;
import static io.openrcm.reimbursement.domain.Remittances.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimPaymentPostingTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant POSTED = Instant.parse("2026-11-20T10:05:00Z");
    private static final RemittanceRef REMITTANCE = new RemittanceRef(UUID.randomUUID(), "BCBS-IL", "EFT-000123",
            LocalDate.of(2026, 11, 20));

    private static ExpectedClaim claim(String claimId, ExpectedLine... lines) {
        return new ExpectedClaim(claimId, null, "BCBS-IL", null, null, LocalDate.of(2026, 11, 1), money("160.00"),
                List.of(lines), "corr-1", UUID.randomUUID(), RECEIVED);
    }

    private static ClaimPaymentPosting received(ClaimPayment payment) {
        return ClaimPaymentPosting.receive(UUID.randomUUID(), REMITTANCE, 0, 0, payment, RECEIVED);
    }

    private static Enrichment enrichment(ClaimPayment payment, ExpectedClaim claim, ContractRates rates) {
        return new PostingEnricher(new DenialClassifier(Map.of("45", DenialCategory.CODING)), rates)
                .enrich(payment, claim, List.of(), REMITTANCE.paymentDate());
    }

    @Test
    void aReceivedPaymentWaitsForItsClaim() {
        ClaimPaymentPosting posting = received(balancedClaim("C-1"));

        assertThat(posting.status()).isEqualTo(PostingStatus.UNMATCHED);
        assertThat(posting.unmatchedReason()).isEqualTo(PostingStatus.CLAIM_NOT_YET_KNOWN);
        assertThat(posting.ledger()).isEmpty();
        assertThat(posting.enrichment()).isNull();
    }

    @Test
    void postingReturnsPaymentPostedWithTheLedgerLines() {
        ClaimPayment payment = balancedClaim("C-1");
        ClaimPaymentPosting posting = received(payment);
        ExpectedClaim claim = claim("C-1");

        List<PostingDomainEvent> events = posting.post(claim, enrichment(payment, claim, (p, c, m, d) ->
                Optional.empty()), List.of(), POSTED);

        assertThat(posting.status()).isEqualTo(PostingStatus.POSTED);
        assertThat(posting.unmatchedReason()).isNull();
        assertThat(posting.postedAt()).isEqualTo(POSTED);
        assertThat(posting.ledger()).hasSize(3);
        assertThat(Money.sum(posting.ledger().stream().map(LedgerLine::amount).toList())).isEqualTo(money("160.00"));
        assertThat(events).singleElement().isInstanceOfSatisfying(PaymentPosted.class, e -> {
            assertThat(e.paymentId()).isEqualTo(posting.id());
            assertThat(e.remittance()).isEqualTo(REMITTANCE);
            assertThat(e.ledger()).isEqualTo(posting.ledger());
            assertThat(e.enrichment().allowed()).isEqualTo(money("120.00"));
            assertThat(e.occurredAt()).isEqualTo(POSTED);
            assertThat(e.reversalOf()).isNull();
        });
    }

    @Test
    void postingTwiceThrowsAndChangesNothing() {
        ClaimPayment payment = balancedClaim("C-1");
        ClaimPaymentPosting posting = received(payment);
        ExpectedClaim claim = claim("C-1");
        Enrichment enrichment = enrichment(payment, claim, (p, c, m, d) -> Optional.empty());
        posting.post(claim, enrichment, List.of(), POSTED);

        assertThatThrownBy(() -> posting.post(claim, enrichment, List.of(), POSTED.plusSeconds(60)))
                .isInstanceOf(IllegalPostingTransitionException.class).hasMessageContaining("POSTED to POSTED");
        assertThat(posting.postedAt()).isEqualTo(POSTED);
    }

    @Test
    void aPaymentIsNotPostedToAnotherClaim() {
        ClaimPayment payment = balancedClaim("C-1");
        ClaimPaymentPosting posting = received(payment);
        ExpectedClaim other = claim("C-2");

        assertThatThrownBy(() -> posting.post(other, enrichment(payment, other, (p, c, m, d) -> Optional.empty()),
                List.of(), POSTED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(posting.status()).isEqualTo(PostingStatus.UNMATCHED);
    }

    @Test
    void aReversalTakesBackThePaymentWithItsControlNumberElseTheLatest() {
        ClaimPayment reversal = new ClaimPayment("C-1", ClaimStatusCode.REVERSAL_OF_PREVIOUS_PAYMENT, "PCN-C-1",
                money("-160.00"), money("-100.00"), money("-20.00"),
                List.of(adjustment(AdjustmentGroup.CO, "45", "-40.00"), adjustment(AdjustmentGroup.PR, "2", "-20.00")));
        ExpectedClaim claim = claim("C-1");
        UUID latest = UUID.randomUUID();
        UUID samePcn = UUID.randomUUID();

        ClaimPaymentPosting first = received(reversal);
        first.post(claim, enrichment(reversal, claim, (p, c, m, d) -> Optional.empty()),
                List.of(new ReversalCandidate(latest, "OTHER"), new ReversalCandidate(samePcn, "PCN-C-1")), POSTED);
        ClaimPaymentPosting second = received(reversal);
        second.post(claim, enrichment(reversal, claim, (p, c, m, d) -> Optional.empty()),
                List.of(new ReversalCandidate(latest, "OTHER")), POSTED);

        assertThat(first.reversalOf()).isEqualTo(samePcn);
        assertThat(second.reversalOf()).isEqualTo(latest);
    }

    @Test
    void theContractComparisonIsPartOfTheDecision() {
        ServiceLinePayment line = new ServiceLinePayment("HC", "99213", List.of(), money("160.00"), money("100.00"),
                null, null, null, List.of(), LocalDate.of(2026, 11, 1),
                List.of(adjustment(AdjustmentGroup.CO, "45", "40.00"), adjustment(AdjustmentGroup.PR, "2", "20.00")),
                List.of(), null, null);
        ClaimPayment payment = new ClaimPayment("C-1", ClaimStatusCode.PROCESSED_AS_PRIMARY, "PCN-C-1",
                money("160.00"), money("100.00"), money("20.00"), List.of(), List.of(line), List.of(), null);
        ExpectedClaim claim = claim("C-1", new ExpectedLine(1, "99213", List.of(), LocalDate.of(2026, 11, 1),
                money("160.00")));

        Enrichment e = enrichment(payment, claim, (p, c, m, d) -> Optional.of(money("130.00")));

        assertThat(e.lineNumbers()).containsExactly(1);
        assertThat(e.expectedAllowed()).isEqualTo(money("130.00"));
        assertThat(e.underpaidAmount()).isEqualTo(money("10.00"));
        assertThat(e.lines().get(0).underpaidAmount()).isEqualTo(money("10.00"));
    }

    @Test
    void aSecondarysPaymentIsHeldToTheSecondarysContractNotThePrimarys() {
        ServiceLinePayment line = new ServiceLinePayment("HC", "99213", List.of(), money("160.00"), money("20.00"),
                null, null, null, List.of(), LocalDate.of(2026, 11, 1),
                List.of(adjustment(AdjustmentGroup.CO, "45", "60.00"), adjustment(AdjustmentGroup.OA, "23", "80.00")),
                List.of(), null, null);
        ClaimPayment secondary = new ClaimPayment("C-1", ClaimStatusCode.PROCESSED_AS_SECONDARY, "PCN-S-1",
                money("160.00"), money("20.00"), money("0.00"), List.of(), List.of(line), List.of(), null);
        ExpectedClaim claim = claim("C-1", new ExpectedLine(1, "99213", List.of(), LocalDate.of(2026, 11, 1),
                money("160.00")));
        // The primary (the claim's payer, BCBS-IL) contracted 130.00; the secondary (AETNA-2) only 100.00.
        ContractRates rates = (p, c, m, d) -> Optional.of(money(p.equals("BCBS-IL") ? "130.00" : "100.00"));

        Enrichment e = new PostingEnricher(new DenialClassifier(Map.of()), rates)
                .enrich(secondary, claim, List.of(), REMITTANCE.paymentDate(), "AETNA-2");

        assertThat(e.expectedAllowed()).isEqualTo(money("100.00"));
        assertThat(e.underpaidAmount()).isEqualTo(money("0.00"));
        // Against the primary's 130.00 the same payment would have been reported 30.00 short.
        Enrichment primary = new PostingEnricher(new DenialClassifier(Map.of()), rates).enrich(
                new ClaimPayment("C-1", ClaimStatusCode.PROCESSED_AS_PRIMARY, "PCN-C-1", money("160.00"),
                        money("20.00"), money("0.00"), List.of(), List.of(line), List.of(), null),
                claim, List.of(), REMITTANCE.paymentDate(), "AETNA-2");
        assertThat(primary.expectedAllowed()).isEqualTo(money("130.00"));
        assertThat(primary.underpaidAmount()).isEqualTo(money("30.00"));
    }

    @Test
    void aLaterPayerWithoutAContractIsNotComparedWithThePrimarys() {
        ServiceLinePayment line = new ServiceLinePayment("HC", "99213", List.of(), money("160.00"), money("20.00"),
                null, null, null, List.of(), LocalDate.of(2026, 11, 1),
                List.of(adjustment(AdjustmentGroup.CO, "45", "60.00"), adjustment(AdjustmentGroup.OA, "23", "80.00")),
                List.of(), null, null);
        ClaimPayment crossedOver = new ClaimPayment("C-1", ClaimStatusCode.PROCESSED_AS_SECONDARY_FORWARDED,
                "PCN-S-1", money("160.00"), money("20.00"), money("0.00"), List.of(), List.of(line), List.of(), null);
        ExpectedClaim claim = claim("C-1", new ExpectedLine(1, "99213", List.of(), LocalDate.of(2026, 11, 1),
                money("160.00")));
        ContractRates onlyThePrimary = (p, c, m, d) -> p.equals("BCBS-IL") ? Optional.of(money("130.00"))
                : Optional.empty();

        Enrichment e = new PostingEnricher(new DenialClassifier(Map.of()), onlyThePrimary)
                .enrich(crossedOver, claim, List.of(), REMITTANCE.paymentDate(), "MEDIGAP-9");

        assertThat(e.expectedAllowed()).isNull();
        assertThat(e.underpaidAmount()).isNull();
    }

    @Test
    void onlyUnmatchedMovesAndOnlyToPosted() {
        assertThat(PostingStatus.UNMATCHED.moveTo(PostingStatus.POSTED)).isEqualTo(PostingStatus.POSTED);
        assertThatThrownBy(() -> PostingStatus.POSTED.moveTo(PostingStatus.UNMATCHED))
                .isInstanceOf(IllegalPostingTransitionException.class);
        assertThatThrownBy(() -> PostingStatus.UNMATCHED.moveTo(PostingStatus.UNMATCHED))
                .isInstanceOf(IllegalPostingTransitionException.class);
    }
}
