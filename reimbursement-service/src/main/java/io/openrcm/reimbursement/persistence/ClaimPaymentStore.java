package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.reimbursement.domain.LedgerEntry;
import io.openrcm.reimbursement.domain.LedgerEntryType;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingCategory;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.ReversalCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Stores and loads the posting aggregate: its claim payment row, its service line rows, their adjustments and, once
 * posted, its entries in the append-only ledger. A set of payments is loaded with one query per table.
 */
@ApplicationScoped
public class ClaimPaymentStore {

    private static final String UNMATCHED = "'" + PostingStatus.UNMATCHED.name() + "'";
    /** Of the claim payments, the posted ones other than reversals that no reversal took back yet. */
    private static final String REVERSIBLE = " AND status = '" + PostingStatus.POSTED.name() + "'"
            + " AND claim_status_code <> '" + ClaimStatusCode.REVERSAL_OF_PREVIOUS_PAYMENT.code() + "'"
            + " AND NOT EXISTS (SELECT 1 FROM claim_payment r WHERE r.reversal_of = claim_payment.id)";
    private static final String CLAIM_ADJUSTMENTS = "SELECT claim_payment_id, group_code, reason_code, amount"
            + " FROM claim_adjustment WHERE claim_payment_id = ANY (?) ORDER BY claim_payment_id, seq";
    private static final String LINES = "SELECT " + PostingRows.LINE_COLUMNS + " FROM claim_payment_line"
            + " WHERE claim_payment_id = ANY (?) ORDER BY claim_payment_id, line_index";
    private static final String LINE_ADJUSTMENTS = "SELECT a.line_id, a.group_code, a.reason_code, a.amount"
            + " FROM claim_line_adjustment a JOIN claim_payment_line l ON l.id = a.line_id"
            + " WHERE l.claim_payment_id = ANY (?) ORDER BY a.line_id, a.seq";
    private static final String LEDGER = "SELECT id, claim_payment_id, entry_type, category, group_code, reason_code,"
            + " amount, line_index, posted_at FROM ledger_entry WHERE claim_payment_id = ANY (?)"
            + " ORDER BY posted_at, claim_payment_id, line_no";

    private final Sql sql;
    private final PostingWriter writer;

    @Inject
    public ClaimPaymentStore(DataSource dataSource, PostingWriter writer) {
        this.sql = new Sql(dataSource);
        this.writer = writer;
    }

    /**
     * Inserts claim payments just received, with their lines, and the ledger entries of those posted at once: one
     * batched insert per table.
     */
    public void insertAll(List<ClaimPaymentPosting> postings) {
        writer.insertAll(postings);
    }

    /** Records the posting of a stored payment: its state, what posting decided, and its ledger entries. */
    public void update(ClaimPaymentPosting posting) {
        writer.update(posting);
    }

    /** The payments still waiting for any of the claims, by claim, oldest first, in one query. */
    public Map<String, List<ClaimPaymentPosting>> waiting(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        List<PostingRows.PaymentRow> rows = sql.listOverSet(PostingRows.SELECT_PAYMENT
                + " WHERE p.claim_id = ANY (?) AND p.status = " + UNMATCHED
                + " ORDER BY p.claim_id, p.received_at, p.remittance_id, p.claim_index", row -> row.strings(claimIds),
                PostingRows::payment);
        return load(rows).stream().collect(Collectors.groupingBy(p -> p.payment().claimId(), LinkedHashMap::new,
                Collectors.toList()));
    }

    /** The claim payments of a remittance, in remittance order. */
    public List<ClaimPaymentPosting> ofRemittance(UUID remittanceId) {
        return load(sql.list(PostingRows.SELECT_PAYMENT + " WHERE p.remittance_id = ? ORDER BY p.claim_index",
                row -> row.uuid(remittanceId), PostingRows::payment));
    }

    /** Every claim payment received for the claim, oldest first. */
    public List<ClaimPaymentPosting> ofClaim(String claimId) {
        return load(sql.list(PostingRows.SELECT_PAYMENT + " WHERE p.claim_id = ?"
                + " ORDER BY p.received_at, p.remittance_id, p.claim_index", row -> row.string(claimId),
                PostingRows::payment));
    }

    /** The claim's posted payments a reversal may take back, latest first. */
    public List<ReversalCandidate> reversalCandidates(String claimId) {
        return sql.list("SELECT id, payer_claim_control_number FROM claim_payment WHERE claim_id = ?" + REVERSIBLE
                + " ORDER BY posted_at DESC", row -> row.string(claimId),
                rs -> new ReversalCandidate(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    /** Of the claims, the posted payments a reversal may take back, by claim, latest first, in one query. */
    public Map<String, List<ReversalCandidate>> reversalCandidates(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return sql.groupedOverSet("SELECT claim_id, id, payer_claim_control_number FROM claim_payment"
                + " WHERE claim_id = ANY (?)" + REVERSIBLE + " ORDER BY claim_id, posted_at DESC",
                row -> row.strings(claimIds), rs -> rs.getString(1),
                rs -> new ReversalCandidate(rs.getObject(2, UUID.class), rs.getString(3)));
    }

    /** The ledger entries of the given claim payments, in posting order. */
    public List<LedgerEntry> ledgerOf(Collection<UUID> paymentIds) {
        if (paymentIds.isEmpty()) {
            return List.of();
        }
        return sql.listOverSet(LEDGER, row -> row.uuids(paymentIds), rs -> {
            String group = rs.getString(5);
            Integer lineIndex = rs.getObject(8, Integer.class);
            return new LedgerEntry(rs.getLong(1), rs.getObject(2, UUID.class), new LedgerLine(
                    LedgerEntryType.valueOf(rs.getString(3)), PostingCategory.valueOf(rs.getString(4)),
                    group == null ? null : AdjustmentGroup.valueOf(group), rs.getString(6),
                    Money.of(rs.getBigDecimal(7)), lineIndex == null ? -1 : lineIndex), Sql.instant(rs, 9));
        });
    }

    /** The aggregates of the rows, in their order: their adjustments and lines read with one query per table. */
    private List<ClaimPaymentPosting> load(List<PostingRows.PaymentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(PostingRows.PaymentRow::id).toList();
        Map<UUID, List<Adjustment>> adjustments = adjustments(CLAIM_ADJUSTMENTS, ids);
        Map<UUID, List<Adjustment>> lineAdjustments = adjustments(LINE_ADJUSTMENTS, ids);
        Map<UUID, List<PostingRows.StoredLine>> lines = sql.groupedOverSet(LINES, row -> row.uuids(ids),
                rs -> rs.getObject(2, UUID.class), rs -> PostingRows.line(rs, lineAdjustments));
        return rows.stream().map(r -> PostingRows.toDomain(r, adjustments.getOrDefault(r.id(), List.of()),
                lines.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Adjustments read as (owner id, group, reason, amount), by owner, in the order read. */
    private Map<UUID, List<Adjustment>> adjustments(String query, List<UUID> paymentIds) {
        return sql.groupedOverSet(query, row -> row.uuids(paymentIds), rs -> rs.getObject(1, UUID.class),
                PostingRows::adjustment);
    }
}
