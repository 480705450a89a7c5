package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.reimbursement.domain.DenialCategory;
import io.openrcm.reimbursement.domain.Enrichment;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.RemittanceRef;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps the posting aggregate to its rows ({@code claim_payment}, {@code claim_payment_line} and their adjustments) and
 * back. Comma-separated columns hold code lists (modifiers, remark codes); an empty column is an empty list.
 */
final class PostingRows {

    /** The columns of {@code claim_payment}, in the order {@link #bindPayment} binds them. */
    static final String PAYMENT_COLUMNS = "id, remittance_id, claim_index, claim_id, occurrence, claim_status_code,"
            + " payer_claim_control_number, charge_amount, paid_amount, patient_responsibility, status,"
            + " unmatched_reason, received_at, posted_at, remark_codes, unknown_codes, denial_category,"
            + " allowed_amount, expected_allowed, underpaid_amount, reversal_of, service_date";
    /**
     * A claim payment {@code p} as {@link #payment} reads it: its columns, then its remittance {@code r}'s reference.
     */
    static final String SELECT_PAYMENT = "SELECT p.id, p.remittance_id, p.claim_index, p.claim_id, p.occurrence,"
            + " p.claim_status_code, p.payer_claim_control_number, p.charge_amount, p.paid_amount,"
            + " p.patient_responsibility, p.status, p.unmatched_reason, p.received_at, p.posted_at, p.remark_codes,"
            + " p.unknown_codes, p.denial_category, p.allowed_amount, p.expected_allowed, p.underpaid_amount,"
            + " p.reversal_of, p.service_date, r.payer_id, r.trace_number, r.payment_date"
            + " FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id";
    /** The columns of {@code claim_payment_line}, in the order {@link #bindLine} binds and {@link #line} reads them. */
    static final String LINE_COLUMNS = "id, claim_payment_id, line_index, line_number, qualifier, code, modifiers,"
            + " original_code, original_modifiers, charge, paid, units, revenue_code, service_date, remark_codes,"
            + " line_control_number, payer_allowed, allowed_amount, expected_allowed, underpaid_amount,"
            + " denial_category";

    private PostingRows() {
    }

    /**
     * A service line about to be inserted.
     *
     * @param id its row id, which its adjustments reference
     * @param posting the claim payment it belongs to
     * @param index its position among the payment's lines, from 0
     */
    record NewLine(UUID id, ClaimPaymentPosting posting, int index) {

        ServiceLinePayment line() {
            return posting.payment().lines().get(index);
        }
    }

    /**
     * A stored service line.
     *
     * @param line what the payer said about it
     * @param decided what posting decided about it
     */
    record StoredLine(ServiceLinePayment line, Enrichment.Line decided) {
    }

    /** A {@code claim_payment} row read with {@link #SELECT_PAYMENT}, waiting for its adjustments and lines. */
    record PaymentRow(UUID id, RemittanceRef remittance, int claimIndex, String claimId, int occurrence,
            String claimStatusCode, String payerClaimControlNumber, BigDecimal charge, BigDecimal paid,
            BigDecimal patientResponsibility, String status, String unmatchedReason, Instant receivedAt,
            Instant postedAt, String remarkCodes, String unknownCodes, String denialCategory, BigDecimal allowed,
            BigDecimal expectedAllowed, BigDecimal underpaid, UUID reversalOf, LocalDate serviceDate) {
    }

    /** Binds a new claim payment's row, in {@link #PAYMENT_COLUMNS}' order. */
    static void bindPayment(JdbcBatch.Row row, ClaimPaymentPosting p) throws SQLException {
        ClaimPayment payment = p.payment();
        Enrichment e = p.enrichment();
        row.uuid(p.id()).uuid(p.remittance().id()).integer(p.claimIndex()).string(payment.claimId())
                .integer(p.occurrence()).string(payment.status().code()).string(payment.payerClaimControlNumber())
                .decimal(payment.charge().amount()).decimal(payment.paid().amount())
                .decimal(payment.patientResponsibility().amount()).string(p.status().name())
                .string(p.unmatchedReason()).instant(p.receivedAt()).instant(p.postedAt())
                .string(String.join(",", payment.remarkCodes()))
                .string(e == null ? "" : String.join(",", e.unknownCodes()))
                .string(e == null ? null : name(e.denialCategory())).decimal(e == null ? null : amount(e.allowed()))
                .decimal(e == null ? null : amount(e.expectedAllowed()))
                .decimal(e == null ? null : amount(e.underpaidAmount())).uuid(p.reversalOf())
                .date(payment.serviceDate());
    }

    /**
     * The columns of {@code claim_payment} that posting sets, as an UPDATE's SET list: the state always, what posting
     * decided only when it decided (a payment without enrichment keeps the stored one).
     */
    static String stateColumns(ClaimPaymentPosting p) {
        return "status = ?, unmatched_reason = ?, posted_at = ?, reversal_of = ?" + (p.enrichment() == null ? ""
                : ", unknown_codes = ?, denial_category = ?, allowed_amount = ?, expected_allowed = ?,"
                        + " underpaid_amount = ?");
    }

    /** Binds the values of {@link #stateColumns}. */
    static void bindState(JdbcBatch.Row row, ClaimPaymentPosting p) throws SQLException {
        row.string(p.status().name()).string(p.unmatchedReason()).instant(p.postedAt()).uuid(p.reversalOf());
        Enrichment e = p.enrichment();
        if (e != null) {
            row.string(String.join(",", e.unknownCodes())).string(name(e.denialCategory()))
                    .decimal(amount(e.allowed())).decimal(amount(e.expectedAllowed()))
                    .decimal(amount(e.underpaidAmount()));
        }
    }

    /** Binds a new service line's row, in {@link #LINE_COLUMNS}' order. */
    static void bindLine(JdbcBatch.Row row, NewLine n) throws SQLException {
        ServiceLinePayment l = n.line();
        Enrichment.Line d = decided(n.posting(), n.index());
        row.uuid(n.id()).uuid(n.posting().id()).integer(n.index()).integer(d == null ? null : d.lineNumber())
                .string(l.qualifier()).string(l.code()).string(String.join(",", l.modifiers()))
                .string(l.originalCode()).string(String.join(",", l.originalModifiers()))
                .decimal(l.charge().amount()).decimal(l.paid().amount()).decimal(l.units()).string(l.revenueCode())
                .date(l.serviceDate()).string(String.join(",", l.remarkCodes())).string(l.lineControlNumber())
                .decimal(amount(l.allowedAmount())).decimal(l.allowed().amount())
                .decimal(d == null ? null : amount(d.expectedAllowed()))
                .decimal(d == null ? null : amount(d.underpaidAmount()))
                .string(d == null ? null : name(d.denialCategory()));
    }

    /**
     * Binds what posting decided about a stored line, for {@code UPDATE claim_payment_line SET line_number = ?,
     * denial_category = ?, expected_allowed = ?, underpaid_amount = ? WHERE claim_payment_id = ? AND line_index = ?}.
     */
    static void bindLineState(JdbcBatch.Row row, ClaimPaymentPosting p, int index) throws SQLException {
        Enrichment.Line d = decided(p, index);
        row.integer(d.lineNumber()).string(name(d.denialCategory())).decimal(amount(d.expectedAllowed()))
                .decimal(amount(d.underpaidAmount())).uuid(p.id()).integer(index);
    }

    /** Binds an adjustment's row: its owner, its place among the owner's adjustments (seq, from 0), its values. */
    static void bindAdjustment(JdbcBatch.Row row, UUID ownerId, int seq, Adjustment a) throws SQLException {
        row.uuid(ownerId).integer(seq).string(a.group().name()).string(a.reason()).decimal(a.amount().amount());
    }

    /** The claim payment of a row read with {@link #SELECT_PAYMENT}. */
    static PaymentRow payment(ResultSet rs) throws SQLException {
        UUID remittanceId = rs.getObject(2, UUID.class);
        return new PaymentRow(rs.getObject(1, UUID.class), new RemittanceRef(remittanceId, rs.getString(23),
                rs.getString(24), rs.getObject(25, LocalDate.class)), rs.getInt(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getString(11), rs.getString(12), Sql.instant(rs, 13), Sql.instant(rs, 14), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getBigDecimal(20),
                rs.getObject(21, UUID.class), rs.getObject(22, LocalDate.class));
    }

    /**
     * The service line of a row read with {@link #LINE_COLUMNS}.
     *
     * @param adjustments the adjustments of the lines read, by line id, in order
     */
    static StoredLine line(ResultSet rs, Map<UUID, List<Adjustment>> adjustments) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        return new StoredLine(new ServiceLinePayment(rs.getString(5), rs.getString(6),
                split(rs.getString(7)), Money.of(rs.getBigDecimal(10)), Money.of(rs.getBigDecimal(11)),
                rs.getString(13), rs.getBigDecimal(12), rs.getString(8), split(rs.getString(9)),
                rs.getObject(14, LocalDate.class), adjustments.getOrDefault(id, List.of()), split(rs.getString(15)),
                rs.getString(16), money(rs.getBigDecimal(17))),
                new Enrichment.Line(rs.getObject(4, Integer.class), category(rs.getString(21)),
                        money(rs.getBigDecimal(19)), money(rs.getBigDecimal(20))));
    }

    /** An adjustment read as (owner id, group code, reason code, amount). */
    static Adjustment adjustment(ResultSet rs) throws SQLException {
        return new Adjustment(AdjustmentGroup.valueOf(rs.getString(2)), rs.getString(3),
                Money.of(rs.getBigDecimal(4)));
    }

    /** The aggregate of a stored claim payment, its claim-level adjustments and its lines (in line order). */
    static ClaimPaymentPosting toDomain(PaymentRow row, List<Adjustment> adjustments, List<StoredLine> lines) {
        ClaimPayment payment = new ClaimPayment(row.claimId(),
                ClaimStatusCode.fromCode(row.claimStatusCode()).orElseThrow(
                        () -> new IllegalStateException("Stored claim status code " + row.claimStatusCode())),
                row.payerClaimControlNumber(), Money.of(row.charge()), Money.of(row.paid()),
                Money.of(row.patientResponsibility()), adjustments, lines.stream().map(StoredLine::line).toList(),
                split(row.remarkCodes()), row.serviceDate());
        PostingStatus status = PostingStatus.valueOf(row.status());
        Enrichment enrichment = status != PostingStatus.POSTED ? null
                : new Enrichment(category(row.denialCategory()), money(row.allowed()), money(row.expectedAllowed()),
                        money(row.underpaid()), split(row.unknownCodes()),
                        lines.stream().map(StoredLine::decided).toList());
        return ClaimPaymentPosting.restore(row.id(), row.remittance(), row.claimIndex(), row.occurrence(), payment,
                row.receivedAt(), status, row.unmatchedReason(), row.postedAt(), enrichment, row.reversalOf());
    }

    /** What posting decided about the payment's line at the index; null while nothing was decided. */
    private static Enrichment.Line decided(ClaimPaymentPosting p, int index) {
        return p.enrichment() == null ? null : p.enrichment().lines().get(index);
    }

    private static DenialCategory category(String name) {
        return name == null ? null : DenialCategory.valueOf(name);
    }

    private static String name(DenialCategory category) {
        return category == null ? null : category.name();
    }

    static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    /** Splits a comma-separated column; an empty column is an empty list. */
    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
