package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.Deposit;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.RemittanceStatus;
import io.openrcm.reimbursement.domain.UnmatchedPayment;
import io.openrcm.reimbursement.domain.Underpayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The work-queue reads over claim payments, their lines and remittances, each column read by its alias (SQL, so the
 * aggregate FILTER and the joins stay as the database plans them best). Every read is of the given practices only: a
 * claim payment is of its claim's billing provider, or, for a claim never submitted here, of the 835's payee (N1*PE);
 * one of neither is of no practice and shown to nobody.
 */
@ApplicationScoped
public class WorkQueueQueries {

    private final EntityManager em;

    @Inject
    public WorkQueueQueries(EntityManager em) {
        this.em = em;
    }

    /** The practice of claim payment {@code p} of remittance {@code r} ('' when none), for {@code IN} tests. */
    static final String PAYMENT_PRACTICE = "coalesce((SELECT e.billing_provider_npi FROM expected_claim e"
            + " WHERE e.claim_id = p.claim_id), r.payee_id, '')";

    /**
     * Remittance {@code r} is of the practices when it pays claims of theirs only (or, paying no claim, its payee is
     * one of them): the same rule as reading one remittance.
     */
    static final String REMITTANCE_OF_PRACTICES = "(EXISTS (SELECT 1 FROM claim_payment p WHERE p.remittance_id = r.id)"
            + " OR r.payee_id IN (:practices)) AND NOT EXISTS (SELECT 1 FROM claim_payment p"
            + " WHERE p.remittance_id = r.id AND " + PAYMENT_PRACTICE + " NOT IN (:practices))";

    /** Claim payments of the practices waiting for their claim, oldest first. */
    public List<UnmatchedPayment> unmatched(Set<String> practices, int limit) {
        return tuples("SELECT p.id AS payment_id, p.remittance_id AS remittance_id, r.payer_id AS payer_id,"
                + " r.trace_number AS trace_number, p.claim_id AS claim_id, p.occurrence AS occurrence,"
                + " p.claim_status_code AS claim_status_code, p.charge_amount AS charge_amount,"
                + " p.paid_amount AS paid_amount, p.unmatched_reason AS reason, p.received_at AS received_at"
                + " FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id WHERE p.status = :status"
                + " AND " + PAYMENT_PRACTICE + " IN (:practices)"
                + " ORDER BY p.received_at, p.remittance_id, p.claim_index LIMIT :limit",
                Map.of("status", PostingStatus.UNMATCHED.name(), "practices", inList(practices), "limit", limit))
                .stream()
                .map(t -> new UnmatchedPayment(t.get("payment_id", UUID.class), t.get("remittance_id", UUID.class),
                        t.get("payer_id", String.class), t.get("trace_number", String.class),
                        t.get("claim_id", String.class), ((Number) t.get("occurrence")).intValue(),
                        t.get("claim_status_code", String.class), money(t, "charge_amount"), money(t, "paid_amount"),
                        t.get("reason", String.class), instant(t.get("received_at"))))
                .toList();
    }

    /** How many claim payments of the practices wait for their claim. */
    public long unmatchedCount(Set<String> practices) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM claim_payment p JOIN remittance r"
                + " ON r.id = p.remittance_id WHERE p.status = :status AND " + PAYMENT_PRACTICE + " IN (:practices)")
                .setParameter("status", PostingStatus.UNMATCHED.name()).setParameter("practices", inList(practices))
                .getSingleResult()).longValue();
    }

    /** The practices' posted service lines whose allowed amount fell short of the contract, largest first. */
    public List<Underpayment> underpayments(String payerId, Set<String> practices, int limit) {
        return tuples("SELECT p.id AS payment_id, p.claim_id AS claim_id, r.payer_id AS payer_id,"
                + " l.line_number AS line_number, l.code AS code, l.service_date AS service_date,"
                + " l.expected_allowed AS expected_allowed, l.allowed_amount AS allowed,"
                + " l.underpaid_amount AS underpaid_amount"
                + " FROM claim_payment_line l JOIN claim_payment p ON p.id = l.claim_payment_id"
                + " JOIN remittance r ON r.id = p.remittance_id"
                + " WHERE p.status = :status AND l.underpaid_amount > 0 AND (:payer = '' OR r.payer_id = :payer)"
                + " AND " + PAYMENT_PRACTICE + " IN (:practices)"
                + " ORDER BY l.underpaid_amount DESC, p.claim_id LIMIT :limit",
                Map.of("status", PostingStatus.POSTED.name(), "payer", payerId == null ? "" : payerId,
                        "practices", inList(practices), "limit", limit)).stream()
                .map(t -> new Underpayment(t.get("payment_id", UUID.class), t.get("claim_id", String.class),
                        t.get("payer_id", String.class),
                        t.get("line_number") == null ? null : ((Number) t.get("line_number")).intValue(),
                        t.get("code", String.class), date(t.get("service_date")), money(t, "expected_allowed"),
                        money(t, "allowed"), money(t, "underpaid_amount")))
                .toList();
    }

    /** The practices' payer payments in the period, newest first, with the sum of their posted claim payments. */
    public List<Deposit> deposits(LocalDate from, LocalDate to, Set<String> practices, int limit) {
        return tuples("SELECT r.id AS remittance_id, r.payer_id AS payer_id, r.payer_name AS payer_name,"
                + " r.trace_number AS trace_number, r.payment_method AS payment_method,"
                + " r.payment_date AS payment_date, r.total_paid AS total_paid,"
                + " coalesce(sum(p.paid_amount) FILTER (WHERE p.status = :status), 0) AS posted_claims,"
                + " r.provider_adjustment_total AS provider_adjustments, r.status AS status"
                + " FROM remittance r LEFT JOIN claim_payment p ON p.remittance_id = r.id"
                + " WHERE r.payment_date BETWEEN :from AND :to AND " + REMITTANCE_OF_PRACTICES + " GROUP BY r.id"
                + " ORDER BY r.payment_date DESC, r.received_at DESC LIMIT :limit",
                Map.of("status", PostingStatus.POSTED.name(), "from", from, "to", to, "practices", inList(practices),
                        "limit", limit)).stream()
                .map(t -> Deposit.of(t.get("remittance_id", UUID.class), t.get("payer_id", String.class),
                        t.get("payer_name", String.class), t.get("trace_number", String.class),
                        PaymentMethod.valueOf(t.get("payment_method", String.class)), date(t.get("payment_date")),
                        money(t, "total_paid"), money(t, "posted_claims"), money(t, "provider_adjustments"),
                        RemittanceStatus.valueOf(t.get("status", String.class))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> tuples(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The practices as an IN list; an empty IN list is not valid SQL, and '-' is no NPI. */
    static List<String> inList(Set<String> practices) {
        return practices.isEmpty() ? List.of("-") : List.copyOf(practices);
    }

    private static Money money(Tuple t, String alias) {
        Object value = t.get(alias);
        return value == null ? null : Money.of((BigDecimal) value);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp ts ? ts.toInstant()
                : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
