package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.reimbursement.domain.LedgerEntry;
import io.openrcm.reimbursement.domain.LedgerEntryType;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingCategory;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.RemittanceRef;
import io.openrcm.reimbursement.domain.ReversalCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores and loads the posting aggregate: its claim payment row, its service line rows and, once posted, its entries
 * in the append-only ledger.
 */
@ApplicationScoped
public class ClaimPaymentStore {

    private final ClaimPaymentRepository payments;
    private final ClaimPaymentLineRepository lines;
    private final LedgerEntryRepository ledger;
    private final RemittanceStore remittances;

    @Inject
    public ClaimPaymentStore(ClaimPaymentRepository payments, ClaimPaymentLineRepository lines,
            LedgerEntryRepository ledger, RemittanceStore remittances) {
        this.payments = payments;
        this.lines = lines;
        this.ledger = ledger;
        this.remittances = remittances;
    }

    /** Inserts a claim payment just received, with its lines, and its ledger entries when it was posted at once. */
    public void insert(ClaimPaymentPosting posting) {
        payments.persist(PostingRows.newRow(posting));
        PostingRows.newLines(posting).forEach(lines::persist);
        writeLedger(posting);
    }

    /** Records the posting of a stored payment: its state, what posting decided, and its ledger entries. */
    public void update(ClaimPaymentPosting posting) {
        PostingRows.copyState(posting, payments.findById(posting.id()));
        PostingRows.copyLineState(posting, lines.findByPayments(List.of(posting.id())));
        writeLedger(posting);
    }

    /** The claim's payments still waiting for it, oldest first. */
    public List<ClaimPaymentPosting> waiting(String claimId) {
        return load(payments.findWaiting(claimId));
    }

    /** The claim payments of a remittance, in remittance order. */
    public List<ClaimPaymentPosting> ofRemittance(UUID remittanceId) {
        return load(payments.findByRemittance(remittanceId));
    }

    /** Every claim payment received for the claim, oldest first. */
    public List<ClaimPaymentPosting> ofClaim(String claimId) {
        return load(payments.findByClaim(claimId));
    }

    /** The claim's posted payments a reversal may take back, latest first (pending rows are flushed first). */
    public List<ReversalCandidate> reversalCandidates(String claimId) {
        return payments.reversible(claimId, ClaimStatusCode.REVERSAL_OF_PREVIOUS_PAYMENT.code()).stream()
                .map(p -> new ReversalCandidate(p.id, p.payerClaimControlNumber)).toList();
    }

    /** The ledger entries of the given claim payments, in posting order. */
    public List<LedgerEntry> ledgerOf(Collection<UUID> paymentIds) {
        return ledger.findByClaimPayments(paymentIds).stream().map(e -> new LedgerEntry(e.id, e.claimPaymentId,
                new LedgerLine(LedgerEntryType.valueOf(e.entryType), PostingCategory.valueOf(e.category),
                        e.groupCode == null ? null : AdjustmentGroup.valueOf(e.groupCode), e.reasonCode,
                        Money.of(e.amount), e.lineIndex == null ? -1 : e.lineIndex),
                e.postedAt)).toList();
    }

    private void writeLedger(ClaimPaymentPosting posting) {
        if (posting.status() != PostingStatus.POSTED) {
            return;
        }
        List<LedgerLine> entries = posting.ledger();
        for (int i = 0; i < entries.size(); i++) {
            LedgerLine line = entries.get(i);
            LedgerEntryEntity entry = new LedgerEntryEntity();
            entry.claimPaymentId = posting.id();
            entry.lineNo = i;
            entry.claimId = posting.payment().claimId();
            entry.entryType = line.type().name();
            entry.category = line.category().name();
            entry.groupCode = line.group() == null ? null : line.group().name();
            entry.reasonCode = line.reason();
            entry.amount = line.amount().amount();
            entry.lineIndex = line.lineIndex() < 0 ? null : line.lineIndex();
            entry.postedAt = posting.postedAt();
            ledger.persist(entry);
        }
    }

    private List<ClaimPaymentPosting> load(List<ClaimPaymentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ClaimPaymentLineEntity>> lineRows = lines.findByPayments(rows.stream().map(r -> r.id)
                .toList()).stream().collect(Collectors.groupingBy(l -> l.claimPaymentId));
        Map<UUID, RemittanceRef> refs = remittances.refs(rows.stream().map(r -> r.remittanceId).distinct().toList());
        return rows.stream().map(r -> PostingRows.toDomain(r, lineRows.getOrDefault(r.id, List.of()),
                refs.get(r.remittanceId))).toList();
    }
}
