package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.domain.PostingDomainEvent;
import io.openrcm.reimbursement.domain.PostingEnricher;
import io.openrcm.reimbursement.domain.ReversalCandidate;
import io.openrcm.reimbursement.persistence.ClaimPaymentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    /** Stores a claim payment just received, posted at once when its claim is known (else it waits). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(ClaimPaymentPosting posting, ExpectedClaim claim) {
        List<PostingDomainEvent> events = claim == null ? List.of() : decide(posting, claim);
        store.insert(posting);
        publisher.publish(events, claim == null ? null : claim.correlationId());
    }

    /** Posts a stored payment that was waiting for its claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void waited(ClaimPaymentPosting posting, ExpectedClaim claim) {
        List<PostingDomainEvent> events = decide(posting, claim);
        store.update(posting);
        publisher.publish(events, claim.correlationId());
    }

    private List<PostingDomainEvent> decide(ClaimPaymentPosting posting, ExpectedClaim claim) {
        Instant postedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        PostingEnricher enricher = new PostingEnricher(denials.classifier(), contracts::rate);
        List<ReversalCandidate> candidates = posting.payment().isReversal()
                ? store.reversalCandidates(posting.payment().claimId()) : List.of();
        List<PostingDomainEvent> events = posting.post(claim, enricher.enrich(posting.payment(), claim,
                reasonCodes.unknown(posting.payment()), posting.remittance().paymentDate(), posting.remittance().payerId()),
                candidates, postedAt);
        LOG.infof("Posted payment %s of remittance %s to claim %s: status %s, paid %s, %d ledger entries%s",
                posting.id(), posting.remittance().id(), claim.claimId(), posting.payment().status().code(),
                posting.payment().paid(), posting.ledger().size(),
                posting.reversalOf() == null ? "" : ", reversing " + posting.reversalOf());
        return events;
    }
}
