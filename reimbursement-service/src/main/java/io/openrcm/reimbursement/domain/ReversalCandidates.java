package io.openrcm.reimbursement.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payments a reversal may take back, per claim, kept up to date while one remittance is posted: what was stored
 * before (read once), then each payment of the remittance as it is posted. A payment posted in the remittance is the
 * latest candidate of its claim; a reversal removes the payment it took back.
 */
public final class ReversalCandidates {

    private final Map<String, List<ReversalCandidate>> byClaim;

    /** @param stored the stored candidates by claim id, latest first */
    public ReversalCandidates(Map<String, List<ReversalCandidate>> stored) {
        this.byClaim = new HashMap<>();
        stored.forEach((claimId, candidates) -> byClaim.put(claimId, new ArrayList<>(candidates)));
    }

    /** The candidates of the claim now, latest first. */
    public List<ReversalCandidate> of(String claimId) {
        return List.copyOf(byClaim.getOrDefault(claimId, List.of()));
    }

    /** Takes a posting just posted into account: a payment becomes a candidate, a reversal removes its target. */
    public void posted(ClaimPaymentPosting posting) {
        if (posting.status() != PostingStatus.POSTED) {
            return;
        }
        List<ReversalCandidate> candidates = byClaim.computeIfAbsent(posting.payment().claimId(),
                k -> new ArrayList<>());
        if (posting.payment().isReversal()) {
            candidates.removeIf(c -> c.paymentId().equals(posting.reversalOf()));
        } else {
            candidates.add(0, new ReversalCandidate(posting.id(), posting.payment().payerClaimControlNumber()));
        }
    }
}
