package io.openrcm.reimbursement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The posting aggregate: one claim payment of a remittance on its way to the ledger. It waits (UNMATCHED) until its
 * claim is known, then is posted once with what posting decided (enrichment, the payment a reversal takes back, the
 * ledger lines) and returns PaymentPosted. Posting it twice throws and changes nothing; its amounts never change.
 */
public final class ClaimPaymentPosting {

    private final UUID id;
    private final RemittanceRef remittance;
    private final int claimIndex;
    private final int occurrence;
    private final ClaimPayment payment;
    private final Instant receivedAt;
    private PostingStatus status;
    private String unmatchedReason;
    private Instant postedAt;
    private Enrichment enrichment;
    private UUID reversalOf;
    private List<LedgerLine> ledger;

    private ClaimPaymentPosting(UUID id, RemittanceRef remittance, int claimIndex, int occurrence,
            ClaimPayment payment, Instant receivedAt, PostingStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.remittance = Objects.requireNonNull(remittance, "remittance");
        this.claimIndex = claimIndex;
        this.occurrence = occurrence;
        this.payment = Objects.requireNonNull(payment, "payment");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.ledger = List.of();
    }

    /** A claim payment just received: UNMATCHED until its claim is known. */
    public static ClaimPaymentPosting receive(UUID id, RemittanceRef remittance, int claimIndex, int occurrence,
            ClaimPayment payment, Instant receivedAt) {
        ClaimPaymentPosting p = new ClaimPaymentPosting(id, remittance, claimIndex, occurrence, payment, receivedAt,
                PostingStatus.UNMATCHED);
        p.unmatchedReason = PostingStatus.CLAIM_NOT_YET_KNOWN;
        return p;
    }

    /** A claim payment as it was stored (enrichment null while it waits). */
    public static ClaimPaymentPosting restore(UUID id, RemittanceRef remittance, int claimIndex, int occurrence,
            ClaimPayment payment, Instant receivedAt, PostingStatus status, String unmatchedReason,
            Instant postedAt, Enrichment enrichment, UUID reversalOf) {
        ClaimPaymentPosting p = new ClaimPaymentPosting(id, remittance, claimIndex, occurrence, payment, receivedAt,
                status);
        p.unmatchedReason = unmatchedReason;
        p.postedAt = postedAt;
        p.enrichment = enrichment;
        p.reversalOf = reversalOf;
        if (status == PostingStatus.POSTED) {
            p.ledger = payment.ledgerLines();
        }
        return p;
    }

    /**
     * UNMATCHED → POSTED: the claim is known and posting decided. A reversal (CLP02 = 22) is posted as given (the
     * payer's negative amounts) and linked to the payment it takes back: of the candidates (latest first), the one
     * with the same payer claim control number, else the latest.
     *
     * @param claim the claim it pays
     * @param decided the enrichment decided for it
     * @param candidates the payments a reversal may take back, latest first; ignored for other payments
     * @throws IllegalPostingTransitionException when it was posted already
     * @throws IllegalArgumentException when the claim is not the one the payment is for
     */
    public List<PostingDomainEvent> post(ExpectedClaim claim, Enrichment decided, List<ReversalCandidate> candidates,
            Instant at) {
        if (!claim.claimId().equals(payment.claimId())) {
            throw new IllegalArgumentException("payment " + id + " is for claim " + payment.claimId() + ", not "
                    + claim.claimId());
        }
        status = status.moveTo(PostingStatus.POSTED);
        unmatchedReason = null;
        postedAt = at;
        enrichment = Objects.requireNonNull(decided, "enrichment");
        reversalOf = payment.isReversal() ? reversed(candidates).orElse(null) : null;
        ledger = payment.ledgerLines();
        return List.of(new PaymentPosted(id, remittance, payment, enrichment, reversalOf, ledger, at));
    }

    private Optional<UUID> reversed(List<ReversalCandidate> candidates) {
        String pcn = payment.payerClaimControlNumber();
        return candidates.stream().filter(c -> pcn != null && pcn.equals(c.payerClaimControlNumber())).findFirst()
                .or(() -> candidates.stream().findFirst()).map(ReversalCandidate::paymentId);
    }

    public UUID id() {
        return id;
    }

    public RemittanceRef remittance() {
        return remittance;
    }

    /** Position in the remittance, from 0. */
    public int claimIndex() {
        return claimIndex;
    }

    /** How many earlier payments in the same remittance are for the same claim. */
    public int occurrence() {
        return occurrence;
    }

    public ClaimPayment payment() {
        return payment;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public PostingStatus status() {
        return status;
    }

    /** Why it waits; null once posted. */
    public String unmatchedReason() {
        return unmatchedReason;
    }

    /** When it was posted; null while it waits. */
    public Instant postedAt() {
        return postedAt;
    }

    /** What posting decided; null while it waits. */
    public Enrichment enrichment() {
        return enrichment;
    }

    /** The payment this reversal takes back; null otherwise. */
    public UUID reversalOf() {
        return reversalOf;
    }

    /** The ledger lines posted; empty while it waits. */
    public List<LedgerLine> ledger() {
        return ledger;
    }
}
