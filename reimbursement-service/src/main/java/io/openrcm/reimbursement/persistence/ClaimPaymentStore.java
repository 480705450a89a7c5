package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.reimbursement.domain.LedgerEntry;
import io.openrcm.reimbursement.domain.LedgerEntryType;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingCategory;
import io.openrcm.reimbursement.domain.RemittanceRef;
import io.openrcm.reimbursement.domain.ReversalCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final PostingWriter writer;

    @Inject
    public ClaimPaymentStore(ClaimPaymentRepository payments, ClaimPaymentLineRepository lines,
            LedgerEntryRepository ledger, RemittanceStore remittances, PostingWriter writer) {
        this.payments = payments;
        this.lines = lines;
        this.ledger = ledger;
        this.remittances = remittances;
        this.writer = writer;
    }

    /**
     * Inserts claim payments just received, with their lines, and the ledger entries of those posted at once: one
     * batched insert per table, past the persistence context.
     */
    public void insertAll(List<ClaimPaymentPosting> postings) {
        writer.insertAll(postings);
    }

    /** Records the posting of a stored payment: its state, what posting decided, and its ledger entries. */
    public void update(ClaimPaymentPosting posting) {
        PostingRows.copyState(posting, payments.findById(posting.id()));
        PostingRows.copyLineState(posting, lines.findByPayments(List.of(posting.id())));
        writer.appendLedger(List.of(posting));
    }

    /** The claim's payments still waiting for it, oldest first. */
    public List<ClaimPaymentPosting> waiting(String claimId) {
        return load(payments.findWaiting(claimId));
    }

    /** The payments still waiting for any of the claims, by claim, oldest first, in one query. */
    public Map<String, List<ClaimPaymentPosting>> waiting(Collection<String> claimIds) {
        return load(payments.findWaiting(claimIds)).stream().collect(Collectors.groupingBy(
                p -> p.payment().claimId(), LinkedHashMap::new, Collectors.toList()));
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

    /**
     * Of the claims, the posted payments a reversal may take back, by claim, latest first, in one query (rows the
     * ORM holds are flushed first; rows written past it are in the database already).
     */
    public Map<String, List<ReversalCandidate>> reversalCandidates(Collection<String> claimIds) {
        Map<String, List<ReversalCandidate>> byClaim = new HashMap<>();
        for (Object[] r : payments.reversible(claimIds, ClaimStatusCode.REVERSAL_OF_PREVIOUS_PAYMENT.code())) {
            byClaim.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new ReversalCandidate((UUID) r[1], (String) r[2]));
        }
        return byClaim;
    }

    /** The ledger entries of the given claim payments, in posting order. */
    public List<LedgerEntry> ledgerOf(Collection<UUID> paymentIds) {
        return ledger.findByClaimPayments(paymentIds).stream().map(e -> new LedgerEntry(e.id, e.claimPaymentId,
                new LedgerLine(LedgerEntryType.valueOf(e.entryType), PostingCategory.valueOf(e.category),
                        e.groupCode == null ? null : AdjustmentGroup.valueOf(e.groupCode), e.reasonCode,
                        Money.of(e.amount), e.lineIndex == null ? -1 : e.lineIndex),
                e.postedAt)).toList();
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
