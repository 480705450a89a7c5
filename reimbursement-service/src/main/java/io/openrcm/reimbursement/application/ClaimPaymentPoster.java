package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.messaging.PaymentPostedPublisher;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
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
import org.jboss.logging.Logger;

/**
 * Posts one claim payment whose claim is known: its ledger entries, its status, and PaymentPosted in the outbox, all
 * in the caller's transaction. Callers hold the claim's lock, so a payment is never posted twice; the ledger's
 * unique (claim payment, line) key would refuse it anyway.
 */
@ApplicationScoped
public class ClaimPaymentPoster {

    private static final Logger LOG = Logger.getLogger(ClaimPaymentPoster.class);

    @Inject
    LedgerEntryRepository ledger;
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
        ClaimPayment payment = ClaimPayments.toDomain(row);
        List<LedgerLine> lines = payment.ledgerLines();
        for (int i = 0; i < lines.size(); i++) {
            LedgerLine line = lines.get(i);
            LedgerEntryEntity entry = new LedgerEntryEntity();
            entry.claimPaymentId = row.id;
            entry.lineNo = i;
            entry.claimId = row.claimId;
            entry.entryType = line.type().name();
            entry.groupCode = line.group() == null ? null : line.group().name();
            entry.reasonCode = line.reason();
            entry.amount = line.amount().amount();
            entry.postedAt = postedAt;
            ledger.persist(entry);
        }
        row.status = PostingStatus.POSTED.name();
        row.unmatchedReason = null;
        row.postedAt = postedAt;
        publisher.paymentPosted(row.id, remittance.id, remittance.payerId, remittance.paymentDate, payment, postedAt,
                claim.correlationId);
        LOG.infof("Posted payment %s of remittance %s to claim %s: paid %s, %d ledger entries", row.id,
                remittance.id, row.claimId, payment.paid(), lines.size());
    }
}
