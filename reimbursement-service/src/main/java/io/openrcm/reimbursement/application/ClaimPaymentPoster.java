package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.domain.PostingDomainEvent;
import io.openrcm.reimbursement.domain.PostingEnricher;
import io.openrcm.reimbursement.domain.ReversalCandidate;
import io.openrcm.reimbursement.domain.ReversalCandidates;
import io.openrcm.reimbursement.persistence.ClaimPaymentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Posts claim payments in the caller's transaction: the aggregate decides (with the enrichment and the reversal
 * candidates gathered here), the store writes its rows and ledger entries, the publisher writes PaymentPosted in the
 * outbox. Callers hold the claim's lock, so a payment is never posted twice; the aggregate and the ledger's unique
 * (claim payment, line) key would refuse it anyway.
 */
@ApplicationScoped
public class ClaimPaymentPoster {

    private static final Logger LOG = Logger.getLogger(ClaimPaymentPoster.class);

    private final ClaimPaymentStore store;
    private final PayerContracts contracts;
    private final DenialCategories denials;
    private final ReasonCodes reasonCodes;
    private final PaymentPostedPublisher publisher;
    private final Clock clock;

    @Inject
    public ClaimPaymentPoster(ClaimPaymentStore store, PayerContracts contracts, DenialCategories denials,
            ReasonCodes reasonCodes, PaymentPostedPublisher publisher, Clock clock) {
        this.store = store;
        this.contracts = contracts;
        this.denials = denials;
        this.reasonCodes = reasonCodes;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Stores the claim payments of a remittance just received, each posted at once when its claim is known (else it
     * waits), in remittance order: decided in memory (the reversal candidates read once, then kept up to date as the
     * remittance's own payments post), written with one batched insert per table and one outbox insert.
     *
     * @param postings the remittance's claim payments, in order
     * @param known the known claims among theirs, by claim id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receivedAll(List<ClaimPaymentPosting> postings, Map<String, ExpectedClaim> known) {
        Instant postedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        PostingEnricher enricher = new PostingEnricher(denials.classifier(), contracts::rate);
        List<String> reversed = postings.stream().map(ClaimPaymentPosting::payment)
                .filter(p -> p.isReversal() && known.containsKey(p.claimId())).map(ClaimPayment::claimId)
                .distinct().toList();
        ReversalCandidates candidates = new ReversalCandidates(store.reversalCandidates(reversed));
        List<PostingDomainEvent> events = new ArrayList<>();
        Map<String, String> correlationIds = new HashMap<>();
        for (ClaimPaymentPosting posting : postings) {
            ExpectedClaim claim = known.get(posting.payment().claimId());
            if (claim != null) {
                events.addAll(decide(posting, claim, enricher, posting.payment().isReversal()
                        ? candidates.of(claim.claimId()) : List.of(), postedAt));
                candidates.posted(posting);
                correlationIds.put(claim.claimId(), claim.correlationId());
            }
        }
        store.insertAll(postings);
        publisher.publishAll(events, correlationIds);
    }

    /** Posts a stored payment that was waiting for its claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void waited(ClaimPaymentPosting posting, ExpectedClaim claim) {
        List<PostingDomainEvent> events = decide(posting, claim);
        store.update(posting);
        publisher.publish(events, claim.correlationId());
    }

    private List<PostingDomainEvent> decide(ClaimPaymentPosting posting, ExpectedClaim claim) {
        return decide(posting, claim, new PostingEnricher(denials.classifier(), contracts::rate),
                posting.payment().isReversal() ? store.reversalCandidates(posting.payment().claimId()) : List.of(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    }

    private List<PostingDomainEvent> decide(ClaimPaymentPosting posting, ExpectedClaim claim,
            PostingEnricher enricher, List<ReversalCandidate> candidates, Instant postedAt) {
        List<PostingDomainEvent> events = posting.post(claim, enricher.enrich(posting.payment(), claim,
                reasonCodes.unknown(posting.payment()), posting.remittance().paymentDate(), posting.remittance().payerId()),
                candidates, postedAt);
        LOG.debugf("Posted payment %s of remittance %s to claim %s: status %s, paid %s, %d ledger entries%s",
                posting.id(), posting.remittance().id(), claim.claimId(), posting.payment().status().code(),
                posting.payment().paid(), posting.ledger().size(),
                posting.reversalOf() == null ? "" : ", reversing " + posting.reversalOf());
        return events;
    }
}
