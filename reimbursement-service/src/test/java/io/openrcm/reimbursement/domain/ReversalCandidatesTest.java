package io.openrcm.reimbursement.domain;

import static io.openrcm.reimbursement.domain.Remittances.adjustment;
import static io.openrcm.reimbursement.domain.Remittances.balancedClaim;
import static io.openrcm.reimbursement.domain.Remittances.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReversalCandidatesTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final RemittanceRef REMITTANCE = new RemittanceRef(UUID.randomUUID(), "BCBS-IL", "EFT-000124",
            LocalDate.of(2026, 11, 20));
    private static final ExpectedClaim CLAIM = new ExpectedClaim("C-1", null, "BCBS-IL", null, null, null,
            money("160.00"), List.of(), "corr-1", UUID.randomUUID(), AT);

    private static ClaimPaymentPosting posted(ClaimPayment payment, List<ReversalCandidate> candidates) {
        ClaimPaymentPosting posting = ClaimPaymentPosting.receive(UUID.randomUUID(), REMITTANCE, 0, 0, payment, AT);
        posting.post(CLAIM, new PostingEnricher(new DenialClassifier(Map.of()), (p, c, m, d) -> Optional.empty()).enrich(payment, CLAIM, List.of(), REMITTANCE.paymentDate()), candidates, AT);
        return posting;
    }

    private static ClaimPayment reversal(String pcn) {
        return new ClaimPayment("C-1", ClaimStatusCode.REVERSAL_OF_PREVIOUS_PAYMENT, pcn, money("-160.00"),
                money("-100.00"), money("-20.00"), List.of(adjustment(AdjustmentGroup.CO, "45", "-40.00"),
                        adjustment(AdjustmentGroup.PR, "2", "-20.00")));
    }

    @Test
    void aPaymentPostedInTheRemittanceIsTheLatestCandidateAndAReversalRemovesWhatItTookBack() {
        ReversalCandidate stored = new ReversalCandidate(UUID.randomUUID(), "PCN-OLD");
        ReversalCandidates candidates = new ReversalCandidates(Map.of("C-1", List.of(stored)));

        ClaimPaymentPosting payment = posted(balancedClaim("C-1"), List.of());
        candidates.posted(payment);
        assertThat(candidates.of("C-1")).extracting(ReversalCandidate::paymentId)
                .containsExactly(payment.id(), stored.paymentId());

        ClaimPaymentPosting reversal = posted(reversal("PCN-OLD"), candidates.of("C-1"));
        assertThat(reversal.reversalOf()).isEqualTo(stored.paymentId());
        candidates.posted(reversal);
        assertThat(candidates.of("C-1")).extracting(ReversalCandidate::paymentId).containsExactly(payment.id());

        ClaimPaymentPosting second = posted(reversal("PCN-OTHER"), candidates.of("C-1"));
        assertThat(second.reversalOf()).isEqualTo(payment.id());
        candidates.posted(second);
        assertThat(candidates.of("C-1")).isEmpty();
        assertThat(candidates.of("C-2")).isEmpty();
    }

    @Test
    void aWaitingPaymentIsNoCandidate() {
        ReversalCandidates candidates = new ReversalCandidates(Map.of());
        candidates.posted(ClaimPaymentPosting.receive(UUID.randomUUID(), REMITTANCE, 0, 0, balancedClaim("C-1"), AT));
        assertThat(candidates.of("C-1")).isEmpty();
    }
}
