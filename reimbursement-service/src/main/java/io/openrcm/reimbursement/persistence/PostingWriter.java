package io.openrcm.reimbursement.persistence;

import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
        try (Connection c = dataSource.getConnection();
                PreparedStatement payment = c.prepareStatement(PAYMENT);
                PreparedStatement claimAdjustment = c.prepareStatement(CLAIM_ADJUSTMENT);
                PreparedStatement line = c.prepareStatement(LINE);
                PreparedStatement lineAdjustment = c.prepareStatement(LINE_ADJUSTMENT)) {
            int claimAdjustments = 0;
            int lines = 0;
            int lineAdjustments = 0;
            for (ClaimPaymentPosting p : postings) {
                ClaimPaymentEntity row = PostingRows.newRow(p);
                bindPayment(payment, row);
                payment.addBatch();
                claimAdjustments += bindAdjustments(claimAdjustment, row.id, row.adjustments);
                for (ClaimPaymentLineEntity l : PostingRows.newLines(p)) {
                    bindLine(line, l);
                    line.addBatch();
                    lines++;
                    lineAdjustments += bindAdjustments(lineAdjustment, l.id, l.adjustments);
                }
            }
            payment.executeBatch();
            execute(claimAdjustment, claimAdjustments);
            execute(line, lines);
            execute(lineAdjustment, lineAdjustments);
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
        try (PreparedStatement ps = c.prepareStatement(LEDGER)) {
            int entries = 0;
            for (ClaimPaymentPosting p : postings) {
                if (p.status() != PostingStatus.POSTED) {
                    continue;
                }
                List<LedgerLine> ledger = p.ledger();
                for (int i = 0; i < ledger.size(); i++) {
                    LedgerLine l = ledger.get(i);
                    ps.setObject(1, p.id());
                    ps.setInt(2, i);
                    ps.setString(3, p.payment().claimId());
                    ps.setString(4, l.type().name());
                    ps.setString(5, l.category().name());
                    ps.setString(6, l.group() == null ? null : l.group().name());
                    ps.setString(7, l.reason());
                    ps.setBigDecimal(8, l.amount().amount());
                    setInteger(ps, 9, l.lineIndex() < 0 ? null : l.lineIndex());
                    setInstant(ps, 10, p.postedAt());
                    ps.addBatch();
                    entries++;
                }
            }
            execute(ps, entries);
        }
    }

    private static void bindPayment(PreparedStatement ps, ClaimPaymentEntity r) throws SQLException {
        ps.setObject(1, r.id);
        ps.setObject(2, r.remittanceId);
        ps.setInt(3, r.claimIndex);
        ps.setString(4, r.claimId);
        ps.setInt(5, r.occurrence);
        ps.setString(6, r.claimStatusCode);
        ps.setString(7, r.payerClaimControlNumber);
        setAmount(ps, 8, r.chargeAmount);
        setAmount(ps, 9, r.paidAmount);
        setAmount(ps, 10, r.patientResponsibility);
        ps.setString(11, r.status);
        ps.setString(12, r.unmatchedReason);
        setInstant(ps, 13, r.receivedAt);
        setInstant(ps, 14, r.postedAt);
        ps.setString(15, r.remarkCodes);
        ps.setString(16, r.unknownCodes);
        ps.setString(17, r.denialCategory);
        setAmount(ps, 18, r.allowedAmount);
        setAmount(ps, 19, r.expectedAllowed);
        setAmount(ps, 20, r.underpaidAmount);
        ps.setObject(21, r.reversalOf, Types.OTHER);
        setDate(ps, 22, r.serviceDate);
    }

    private static void bindLine(PreparedStatement ps, ClaimPaymentLineEntity l) throws SQLException {
        ps.setObject(1, l.id);
        ps.setObject(2, l.claimPaymentId);
        ps.setInt(3, l.lineIndex);
        setInteger(ps, 4, l.lineNumber);
        ps.setString(5, l.qualifier);
        ps.setString(6, l.code);
        ps.setString(7, l.modifiers);
        ps.setString(8, l.originalCode);
        ps.setString(9, l.originalModifiers);
        setAmount(ps, 10, l.charge);
        setAmount(ps, 11, l.paid);
        setAmount(ps, 12, l.units);
        ps.setString(13, l.revenueCode);
        setDate(ps, 14, l.serviceDate);
        ps.setString(15, l.remarkCodes);
        ps.setString(16, l.lineControlNumber);
        setAmount(ps, 17, l.payerAllowed);
        setAmount(ps, 18, l.allowedAmount);
        setAmount(ps, 19, l.expectedAllowed);
        setAmount(ps, 20, l.underpaidAmount);
        ps.setString(21, l.denialCategory);
    }

    /** Adds one batch row per adjustment, in order (seq from 0, as the ORM's order column); returns how many. */
    private static int bindAdjustments(PreparedStatement ps, Object ownerId, List<AdjustmentColumns> adjustments)
            throws SQLException {
        for (int seq = 0; seq < adjustments.size(); seq++) {
            AdjustmentColumns a = adjustments.get(seq);
            ps.setObject(1, ownerId);
            ps.setInt(2, seq);
            ps.setString(3, a.groupCode);
            ps.setString(4, a.reasonCode);
            setAmount(ps, 5, a.amount);
            ps.addBatch();
        }
        return adjustments.size();
    }

    private static void execute(PreparedStatement ps, int rows) throws SQLException {
        if (rows > 0) {
            ps.executeBatch();
        }
    }

    private static void setAmount(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
        ps.setObject(index, amount, Types.NUMERIC);
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        ps.setObject(index, value, Types.INTEGER);
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setObject(index, date, Types.DATE);
    }

    private static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
