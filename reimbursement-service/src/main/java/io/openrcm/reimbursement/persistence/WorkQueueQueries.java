package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.domain.Deposit;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.RemittanceStatus;
import io.openrcm.reimbursement.domain.UnmatchedPayment;
import io.openrcm.reimbursement.domain.Underpayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The work-queue reads over claim payments, their lines and remittances (SQL, so the aggregate FILTER and the joins
 * stay as the database plans them best). Every read is of the given practices only: a claim payment is of its claim's
 * billing provider, or, for a claim never submitted here, of the 835's payee (N1*PE); one of neither is of no
 * practice and shown to nobody.
 */
@ApplicationScoped
public class WorkQueueQueries {

    /** The practice of claim payment {@code p} of remittance {@code r} ('' when none). */
    private static final String PAYMENT_PRACTICE = "coalesce((SELECT e.billing_provider_npi FROM expected_claim e"
            + " WHERE e.claim_id = p.claim_id), r.payee_id, '')";

    /**
     * Remittance {@code r} is of the practices (the parameter, bound twice) when it pays claims of theirs only (or,
     * paying no claim, its payee is one of them): the same rule as reading one remittance.
     */
    private static final String REMITTANCE_OF_PRACTICES = "(EXISTS (SELECT 1 FROM claim_payment p WHERE p.remittance_id = r.id)"
            + " OR r.payee_id = ANY (?)) AND NOT EXISTS (SELECT 1 FROM claim_payment p"
            + " WHERE p.remittance_id = r.id AND " + PAYMENT_PRACTICE + " <> ALL (?))";

    private static final String POSTED = "'" + PostingStatus.POSTED.name() + "'";

    private final Sql sql;

    @Inject
    public WorkQueueQueries(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Claim payments of the practices waiting for their claim, oldest first. */
    public List<UnmatchedPayment> unmatched(Set<String> practices, int limit) {
        return sql.list("SELECT p.id, p.remittance_id, r.payer_id, r.trace_number, p.claim_id, p.occurrence,"
                + " p.claim_status_code, p.charge_amount, p.paid_amount, p.unmatched_reason, p.received_at"
                + " FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id"
                + " WHERE p.status = '" + PostingStatus.UNMATCHED.name() + "' AND " + PAYMENT_PRACTICE + " = ANY (?)"
                + " ORDER BY p.received_at, p.remittance_id, p.claim_index LIMIT ?",
                row -> row.strings(practices).integer(limit),
                rs -> new UnmatchedPayment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                        Money.of(rs.getBigDecimal(8)), Money.of(rs.getBigDecimal(9)), rs.getString(10),
                        Sql.instant(rs, 11)));
    }

    /** How many claim payments of the practices wait for their claim. */
    public long unmatchedCount(Set<String> practices) {
        return sql.count("SELECT count(*) FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id"
                + " WHERE p.status = '" + PostingStatus.UNMATCHED.name() + "' AND " + PAYMENT_PRACTICE + " = ANY (?)",
                row -> row.strings(practices));
    }

    /**
     * The practices' posted service lines whose allowed amount fell short of the contract, largest first.
     *
     * @param payerId only this payer's; all payers when null or empty
     */
    public List<Underpayment> underpayments(String payerId, Set<String> practices, int limit) {
        boolean onePayer = payerId != null && !payerId.isEmpty();
        return sql.list("SELECT p.id, p.claim_id, r.payer_id, l.line_number, l.code, l.service_date,"
                + " l.expected_allowed, l.allowed_amount, l.underpaid_amount"
                + " FROM claim_payment_line l JOIN claim_payment p ON p.id = l.claim_payment_id"
                + " JOIN remittance r ON r.id = p.remittance_id"
                + " WHERE p.status = " + POSTED + " AND l.underpaid_amount > 0"
                + (onePayer ? " AND r.payer_id = ?" : "") + " AND " + PAYMENT_PRACTICE + " = ANY (?)"
                + " ORDER BY l.underpaid_amount DESC, p.claim_id LIMIT ?", row -> {
                    if (onePayer) {
                        row.string(payerId);
                    }
                    row.strings(practices).integer(limit);
                }, rs -> new Underpayment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class), rs.getString(5), rs.getObject(6, LocalDate.class),
                        PostingRows.money(rs.getBigDecimal(7)), PostingRows.money(rs.getBigDecimal(8)),
                        PostingRows.money(rs.getBigDecimal(9))));
    }

    /** The practices' payer payments in the period, newest first, with the sum of their posted claim payments. */
    public List<Deposit> deposits(LocalDate from, LocalDate to, Set<String> practices, int limit) {
        return sql.list("SELECT r.id, r.payer_id, r.payer_name, r.trace_number, r.payment_method, r.payment_date,"
                + " r.total_paid, coalesce(sum(p.paid_amount) FILTER (WHERE p.status = " + POSTED + "), 0),"
                + " r.provider_adjustment_total, r.status"
                + " FROM remittance r LEFT JOIN claim_payment p ON p.remittance_id = r.id"
                + " WHERE r.payment_date BETWEEN ? AND ? AND " + REMITTANCE_OF_PRACTICES + " GROUP BY r.id"
                + " ORDER BY r.payment_date DESC, r.received_at DESC LIMIT ?",
                row -> row.date(from).date(to).strings(practices).strings(practices).integer(limit),
                rs -> Deposit.of(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        PaymentMethod.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        Money.of(rs.getBigDecimal(7)), Money.of(rs.getBigDecimal(8)), Money.of(rs.getBigDecimal(9)),
                        RemittanceStatus.valueOf(rs.getString(10))));
    }
}
