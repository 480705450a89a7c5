package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.messaging.PaymentPostedPublisher;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
import io.openrcm.reimbursement.persistence.ClaimPaymentLineEntity;
import io.openrcm.reimbursement.persistence.ClaimPaymentLineRepository;
import io.openrcm.reimbursement.persistence.ClaimPaymentRepository;
import io.openrcm.reimbursement.persistence.ExpectedClaimEntity;
import io.openrcm.reimbursement.persistence.LedgerEntryEntity;
import io.openrcm.reimbursement.persistence.LedgerEntryRepository;
import io.openrcm.reimbursement.persistence.RemittanceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Posts one claim payment whose claim is known: matches and enriches it, writes its ledger entries, its status, and
 * PaymentPosted in the outbox, all in the caller's transaction. A reversal (CLP02 = 22) is posted as given (the
 * payer's negative amounts) and linked to the payment it takes back. Callers hold the claim's lock, so a payment is
 * never posted twice; the ledger's unique (claim payment, line) key would refuse it anyway.
 */
@ApplicationScoped
public class ClaimPaymentPoster {

    private static final Logger LOG = Logger.getLogger(ClaimPaymentPoster.class);

    @Inject
    LedgerEntryRepository ledger;
    @Inject
    ClaimPaymentRepository payments;
    @Inject
    ClaimPaymentLineRepository lineRows;
    @Inject
    PostingEnricher enricher;
    @Inject
    PaymentPostedPublisher publisher;
    @Inject
    Clock clock;

    /** Posts the payment against the claim; a payment already posted is left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void post(ClaimPaymentEntity row, RemittanceEntity remittance, ExpectedClaimEntity claim) {
        if (PostingStatus.POSTED.name().equals(row.status)) {
            return;
        }
        Instant postedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<ClaimPaymentLineEntity> lines = lineRows.findByPayments(List.of(row.id));
        ClaimPayment payment = ClaimPayments.toDomain(row, lines);
        enricher.enrich(row, lines, payment, claim, remittance.paymentDate);
        if (payment.isReversal()) {
            row.reversalOf = reversed(row).orElse(null);
        }
        List<LedgerLine> entries = payment.ledgerLines();
        for (int i = 0; i < entries.size(); i++) {
            LedgerLine line = entries.get(i);
            LedgerEntryEntity entry = new LedgerEntryEntity();
            entry.claimPaymentId = row.id;
            entry.lineNo = i;
            entry.claimId = row.claimId;
            entry.entryType = line.type().name();
            entry.category = line.category().name();
            entry.groupCode = line.group() == null ? null : line.group().name();
            entry.reasonCode = line.reason();
            entry.amount = line.amount().amount();
            entry.lineIndex = line.lineIndex() < 0 ? null : line.lineIndex();
            entry.postedAt = postedAt;
            ledger.persist(entry);
        }
        row.status = PostingStatus.POSTED.name();
        row.unmatchedReason = null;
        row.postedAt = postedAt;
        publisher.paymentPosted(row.id, remittance.id, remittance.payerId, remittance.paymentDate, payment,
                new PaymentPostedPublisher.Posting(lines.stream().map(l -> l.lineNumber).toList(),
                        row.denialCategory, row.expectedAllowed, row.underpaidAmount, row.reversalOf),
                postedAt, claim.correlationId);
        LOG.infof("Posted payment %s of remittance %s to claim %s: status %s, paid %s, %d ledger entries%s", row.id,
                remittance.id, row.claimId, row.claimStatusCode, payment.paid(), entries.size(),
                row.reversalOf == null ? "" : ", reversing " + row.reversalOf);
    }

    /**
     * The posted payment a reversal takes back: the latest posted, not yet reversed, non-reversal payment of the claim,
     * preferring one with the same payer claim control number.
     */
    private java.util.Optional<UUID> reversed(ClaimPaymentEntity reversal) {
        List<ClaimPaymentEntity> candidates = payments.list("claimId = ?1 and status = 'POSTED'"
                + " and claimStatusCode <> '22' and id not in (select p.reversalOf from ClaimPaymentEntity p"
                + " where p.reversalOf is not null) order by postedAt desc", reversal.claimId);
        return candidates.stream()
                .filter(c -> c.payerClaimControlNumber != null
                        && c.payerClaimControlNumber.equals(reversal.payerClaimControlNumber))
                .findFirst().or(() -> candidates.stream().findFirst()).map(c -> c.id);
    }
}
