package io.openrcm.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The lists finance and posters work from: unmatched claim payments, underpaid lines, deposits. */
@ApplicationScoped
public class WorkQueues {

    @Inject
    EntityManager em;

    /** A claim payment waiting for its claim. */
    public record Exception(UUID paymentId, UUID remittanceId, String payerId, String traceNumber, String claimId,
            int occurrence, String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount, String reason,
            Instant receivedAt) {
    }

    /** A service line paid below its contract. */
    public record Underpayment(UUID paymentId, String claimId, String payerId, Integer lineNumber, String code,
            LocalDate serviceDate, BigDecimal expectedAllowed, BigDecimal allowed, BigDecimal underpaidAmount) {
    }

    /** A payer payment (check or EFT) with what of it is posted. */
    public record Deposit(UUID remittanceId, String payerId, String payerName, String traceNumber, String method,
            LocalDate paymentDate, BigDecimal amount, BigDecimal posted, BigDecimal unposted,
            BigDecimal providerAdjustments, String status) {
    }

    /** Claim payments waiting for their claim, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Exception> exceptions(int limit) {
        List<?> rows = em.createNativeQuery("SELECT p.id, p.remittance_id, r.payer_id, r.trace_number, p.claim_id,"
                + " p.occurrence, p.claim_status_code, p.charge_amount, p.paid_amount, p.unmatched_reason,"
                + " p.received_at FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id"
                + " WHERE p.status = 'UNMATCHED' ORDER BY p.received_at, p.remittance_id, p.claim_index LIMIT ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Exception((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue(), (String) r[6], (BigDecimal) r[7],
                (BigDecimal) r[8], (String) r[9], instant(r[10]))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long exceptionCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM claim_payment WHERE status = 'UNMATCHED'")
                .getSingleResult()).longValue();
    }

    /** Posted service lines whose allowed amount fell short of the contract, largest shortfall first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Underpayment> underpayments(String payerId, int limit) {
        List<?> rows = em.createNativeQuery("SELECT p.id, p.claim_id, r.payer_id, l.line_number, l.code,"
                + " l.service_date, l.expected_allowed, l.allowed_amount, l.underpaid_amount"
                + " FROM claim_payment_line l JOIN claim_payment p ON p.id = l.claim_payment_id"
                + " JOIN remittance r ON r.id = p.remittance_id"
                + " WHERE p.status = 'POSTED' AND l.underpaid_amount > 0 AND (?1 = '' OR r.payer_id = ?1)"
                + " ORDER BY l.underpaid_amount DESC, p.claim_id LIMIT ?2")
                .setParameter(1, payerId == null ? "" : payerId).setParameter(2, limit).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Underpayment((UUID) r[0], (String) r[1],
                (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], date(r[5]),
                (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8])).toList();
    }

    /** Every payer payment, newest first, with its posted and unposted amounts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Deposit> deposits(LocalDate from, LocalDate to, int limit) {
        List<?> rows = em.createNativeQuery("SELECT r.id, r.payer_id, r.payer_name, r.trace_number,"
                + " r.payment_method, r.payment_date, r.total_paid,"
                + " coalesce(sum(p.paid_amount) FILTER (WHERE p.status = 'POSTED'), 0),"
                + " r.provider_adjustment_total, r.status"
                + " FROM remittance r LEFT JOIN claim_payment p ON p.remittance_id = r.id"
                + " WHERE r.payment_date BETWEEN ?1 AND ?2 GROUP BY r.id"
                + " ORDER BY r.payment_date DESC, r.received_at DESC LIMIT ?3")
                .setParameter(1, from).setParameter(2, to).setParameter(3, limit).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> {
            BigDecimal amount = (BigDecimal) r[6];
            BigDecimal plb = (BigDecimal) r[8];
            // Posted = claim payments posted less the provider-level adjustments (which are booked with the deposit).
            BigDecimal posted = "QUARANTINED".equals(r[9]) ? BigDecimal.ZERO.setScale(2)
                    : ((BigDecimal) r[7]).subtract(plb).setScale(2);
            return new Deposit((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], date(r[5]),
                    amount, posted, amount.subtract(posted), plb, (String) r[9]);
        }).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o
                ? o.toInstant() : (Instant) value;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
