package io.openrcm.reimbursement.persistence;

import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes the claim payments of a remittance with plain JDBC in the caller's transaction: one batched insert per
 * table (claim payments, their adjustments, service lines, line adjustments, ledger entries), sent as multi-row
 * INSERTs. The rows are those {@link PostingRows} maps for the ORM, column for column.
 */
@ApplicationScoped
public class PostingWriter {

    private static final String PAYMENT = "INSERT INTO claim_payment (id, remittance_id, claim_index, claim_id,"
            + " occurrence, claim_status_code, payer_claim_control_number, charge_amount, paid_amount,"
            + " patient_responsibility, status, unmatched_reason, received_at, posted_at, remark_codes, unknown_codes,"
            + " denial_category, allowed_amount, expected_allowed, underpaid_amount, reversal_of, service_date)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINE = "INSERT INTO claim_payment_line (id, claim_payment_id, line_index, line_number,"
            + " qualifier, code, modifiers, original_code, original_modifiers, charge, paid, units, revenue_code,"
            + " service_date, remark_codes, line_control_number, payer_allowed, allowed_amount, expected_allowed,"
            + " underpaid_amount, denial_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CLAIM_ADJUSTMENT = "INSERT INTO claim_adjustment (claim_payment_id, seq, group_code,"
            + " reason_code, amount) VALUES (?, ?, ?, ?, ?)";
    private static final String LINE_ADJUSTMENT = "INSERT INTO claim_line_adjustment (line_id, seq, group_code,"
            + " reason_code, amount) VALUES (?, ?, ?, ?, ?)";
    private static final String LEDGER = "INSERT INTO ledger_entry (id, claim_payment_id, line_no, claim_id,"
            + " entry_type, category, group_code, reason_code, amount, line_index, posted_at)"
            + " VALUES (nextval('ledger_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    @Inject
    public PostingWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts claim payments just received, with their adjustments and lines, and the ledger entries of those posted.
     * Rows the ORM holds unflushed must be flushed first (the remittance they reference).
     */
    public void insertAll(List<ClaimPaymentPosting> postings) {
        if (postings.isEmpty()) {
            return;
        }
        List<ClaimPaymentEntity> payments = postings.stream().map(PostingRows::newRow).toList();
        List<ClaimPaymentLineEntity> lines = postings.stream().flatMap(p -> PostingRows.newLines(p).stream()).toList();
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, PAYMENT, payments, PostingWriter::payment);
            JdbcBatch.execute(c, CLAIM_ADJUSTMENT, JdbcBatch.children(payments, r -> r.adjustments),
                    (row, a) -> adjustment(row, a.parent().id, a));
            JdbcBatch.execute(c, LINE, lines, PostingWriter::line);
            JdbcBatch.execute(c, LINE_ADJUSTMENT, JdbcBatch.children(lines, l -> l.adjustments),
                    (row, a) -> adjustment(row, a.parent().id, a));
            appendLedger(c, postings);
        } catch (SQLException e) {
            throw new JdbcFailure("inserting claim payments", e);
        }
    }

    /** Appends the ledger entries of the posted ones among the postings; the others have none. */
    public void appendLedger(List<ClaimPaymentPosting> postings) {
        try (Connection c = dataSource.getConnection()) {
            appendLedger(c, postings);
        } catch (SQLException e) {
            throw new JdbcFailure("appending ledger entries", e);
        }
    }

    private static void appendLedger(Connection c, List<ClaimPaymentPosting> postings) throws SQLException {
        List<ClaimPaymentPosting> posted = postings.stream().filter(p -> p.status() == PostingStatus.POSTED).toList();
        JdbcBatch.execute(c, LEDGER, JdbcBatch.children(posted, ClaimPaymentPosting::ledger), (row, entry) -> {
            ClaimPaymentPosting p = entry.parent();
            LedgerLine l = entry.value();
            row.uuid(p.id());
            row.integer(entry.position());
            row.string(p.payment().claimId());
            row.string(l.type().name());
            row.string(l.category().name());
            row.string(l.group() == null ? null : l.group().name());
            row.string(l.reason());
            row.decimal(l.amount().amount());
            row.integer(l.lineIndex() < 0 ? null : l.lineIndex());
            row.instant(p.postedAt());
        });
    }

    private static void payment(JdbcBatch.Row row, ClaimPaymentEntity r) throws SQLException {
        row.uuid(r.id);
        row.uuid(r.remittanceId);
        row.integer(r.claimIndex);
        row.string(r.claimId);
        row.integer(r.occurrence);
        row.string(r.claimStatusCode);
        row.string(r.payerClaimControlNumber);
        row.decimal(r.chargeAmount);
        row.decimal(r.paidAmount);
        row.decimal(r.patientResponsibility);
        row.string(r.status);
        row.string(r.unmatchedReason);
        row.instant(r.receivedAt);
        row.instant(r.postedAt);
        row.string(r.remarkCodes);
        row.string(r.unknownCodes);
        row.string(r.denialCategory);
        row.decimal(r.allowedAmount);
        row.decimal(r.expectedAllowed);
        row.decimal(r.underpaidAmount);
        row.uuid(r.reversalOf);
        row.date(r.serviceDate);
    }

    private static void line(JdbcBatch.Row row, ClaimPaymentLineEntity l) throws SQLException {
        row.uuid(l.id);
        row.uuid(l.claimPaymentId);
        row.integer(l.lineIndex);
        row.integer(l.lineNumber);
        row.string(l.qualifier);
        row.string(l.code);
        row.string(l.modifiers);
        row.string(l.originalCode);
        row.string(l.originalModifiers);
        row.decimal(l.charge);
        row.decimal(l.paid);
        row.decimal(l.units);
        row.string(l.revenueCode);
        row.date(l.serviceDate);
        row.string(l.remarkCodes);
        row.string(l.lineControlNumber);
        row.decimal(l.payerAllowed);
        row.decimal(l.allowedAmount);
        row.decimal(l.expectedAllowed);
        row.decimal(l.underpaidAmount);
        row.string(l.denialCategory);
    }

    /** An adjustment's row: its owner, its place among the owner's adjustments (seq from 0, the ORM's order column). */
    private static void adjustment(JdbcBatch.Row row, UUID ownerId, JdbcBatch.Child<?, AdjustmentColumns> a)
            throws SQLException {
        row.uuid(ownerId);
        row.integer(a.position());
        row.string(a.value().groupCode);
        row.string(a.value().reasonCode);
        row.decimal(a.value().amount);
    }
}
