package io.openrcm.claim.persistence;

import io.openrcm.claim.application.ArFigures;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The accounts receivable sums, computed by PostgreSQL over the claim table in a handful of aggregate queries.
 * A/R is the outstanding balance of claims sent to a payer at least once that are not corrected, voided or closed;
 * void claims carry no receivable.
 */
@ApplicationScoped
public class ArQueries {

    static final String OPEN_AR = "submission_count > 0 AND frequency_code <> '" + Correction.VOID_CODE + "'"
            + " AND status NOT IN (" + quoted(ClaimStatus.CORRECTED, ClaimStatus.VOIDED, ClaimStatus.CLOSED) + ")";
    // Insurance A/R: what the payers have not paid or adjusted; the patient's share too while a later payer (a
    // secondary or tertiary) has the claim, since it is billed for it. A credit balance is owed to the payer, not
    // receivable: it counts as nothing outstanding.
    static final String OUTSTANDING = "GREATEST(total_charge - paid_amount - adjustment_amount - CASE WHEN"
            + " responsibility IN ('SECONDARY', 'TERTIARY') THEN 0 ELSE patient_responsibility END, 0)";
    // Patient A/R: once insurance is done, the patient responsibility less the patient's payments and write-offs,
    // plus refunds (a patient credit counts as nothing). A closed claim keeps what its patient still owes: closing
    // forgives nothing, a write-off does.
    static final String PATIENT_OWED = "CASE WHEN responsibility = 'PATIENT' THEN GREATEST(patient_responsibility"
            + " - COALESCE((SELECT SUM(CASE e.kind WHEN 'REFUND' THEN -e.amount ELSE e.amount END)"
            + " FROM patient_entry e WHERE e.claim_id = claim.id), 0), 0) ELSE 0 END";
    static final String OPEN_PATIENT_AR = "submission_count > 0 AND frequency_code <> '" + Correction.VOID_CODE + "'"
            + " AND status NOT IN (" + quoted(ClaimStatus.CORRECTED, ClaimStatus.VOIDED) + ")";
    private static final String ORIGINALS = "frequency_code = '" + Correction.ORIGINAL_CODE + "'";
    private static final String SCRUBBED = "status <> " + quoted(ClaimStatus.CREATED);
    private static final int BUCKETS = 5;
    // Every figure is of the caller's practices only: scoped in the query, never filtered afterwards.
    // (Ordinal parameters may not leave gaps: the practices are ?3, an optional payer ?4.)
    private static final String PRACTICES = " AND billing_provider_npi IN (?3)";

    private final EntityManager em;

    @Inject
    public ArQueries(EntityManager em) {
        this.em = em;
    }

    /** Outstanding by payer and age bucket (age = days from date of service to asOf), payers with none left out. */
    public List<ArFigures.AgingRow> aging(LocalDate asOf, Set<String> practices) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT payer_id,"
                + " SUM(CASE WHEN age <= 30 THEN o ELSE 0 END), SUM(CASE WHEN age BETWEEN 31 AND 60 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN age BETWEEN 61 AND 90 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN age BETWEEN 91 AND 120 THEN o ELSE 0 END), SUM(CASE WHEN age > 120 THEN o ELSE 0 END)"
                + " FROM (SELECT payer_id, (CAST(?1 AS date) - date_of_service) AS age, " + OUTSTANDING + " AS o"
                + " FROM claim WHERE " + OPEN_AR + " AND date_of_service <= ?1 AND billing_provider_npi IN (?2)) c"
                + " WHERE o > 0 GROUP BY payer_id ORDER BY payer_id").setParameter(1, asOf)
                .setParameter(2, ClaimRepository.inList(practices)).getResultList();
        return rows.stream().map(r -> new ArFigures.AgingRow((String) r[0],
                IntStream.rangeClosed(1, BUCKETS).mapToObj(i -> (BigDecimal) r[i]).toList())).toList();
    }

    /** What patients owe by age bucket (age = days from date of service to asOf), as one row named PATIENT. */
    public ArFigures.AgingRow patientAging(LocalDate asOf, Set<String> practices) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT 'PATIENT',"
                + " COALESCE(SUM(CASE WHEN age <= 30 THEN o END), 0), COALESCE(SUM(CASE WHEN age BETWEEN 31 AND 60 THEN o END), 0),"
                + " COALESCE(SUM(CASE WHEN age BETWEEN 61 AND 90 THEN o END), 0),"
                + " COALESCE(SUM(CASE WHEN age BETWEEN 91 AND 120 THEN o END), 0), COALESCE(SUM(CASE WHEN age > 120 THEN o END), 0)"
                + " FROM (SELECT (CAST(?1 AS date) - date_of_service) AS age, " + PATIENT_OWED + " AS o"
                + " FROM claim WHERE " + OPEN_PATIENT_AR + " AND date_of_service <= ?1 AND billing_provider_npi IN (?2)) c"
                + " WHERE o > 0").setParameter(1, asOf).setParameter(2, ClaimRepository.inList(practices))
                .getSingleResult();
        return new ArFigures.AgingRow((String) r[0],
                IntStream.rangeClosed(1, BUCKETS).mapToObj(i -> (BigDecimal) r[i]).toList());
    }

    /** Counts and sums over original claims with a date of service in [from, to], of one payer or all. */
    public ArFigures.Counts counts(LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        Object[] r = (Object[]) bind(em.createNativeQuery("SELECT COUNT(*),"
                + " COUNT(*) FILTER (WHERE " + SCRUBBED + "),"
                + " COUNT(*) FILTER (WHERE " + SCRUBBED + " AND NOT ever_scrub_failed),"
                + " COUNT(*) FILTER (WHERE ever_accepted OR ever_rejected),"
                + " COUNT(*) FILTER (WHERE ever_accepted AND NOT ever_rejected),"
                + " COUNT(*) FILTER (WHERE adjudicated_at IS NOT NULL),"
                + " COUNT(*) FILTER (WHERE adjudicated_at IS NOT NULL AND denied),"
                + " COALESCE(SUM(total_charge) FILTER (WHERE adjudicated_at IS NOT NULL), 0),"
                + " COALESCE(SUM(total_charge) FILTER (WHERE adjudicated_at IS NOT NULL AND denied), 0),"
                + " COALESCE(SUM(total_charge), 0)"
                + " FROM claim WHERE " + ORIGINALS + " AND date_of_service BETWEEN ?1 AND ?2" + scope(payerId)),
                from, to, payerId, practices).getSingleResult();
        return new ArFigures.Counts(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]),
                (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9]);
    }

    /** The charges of original claims with a date of service in [from, to]. */
    public BigDecimal charges(LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        return (BigDecimal) bind(em.createNativeQuery("SELECT COALESCE(SUM(total_charge), 0) FROM claim WHERE "
                + ORIGINALS + " AND date_of_service BETWEEN ?1 AND ?2" + scope(payerId)), from, to, payerId,
                practices)
                .getSingleResult();
    }

    /** What patients owe on claims with a date of service up to the given day. */
    public BigDecimal patientReceivable(LocalDate upTo, String payerId, Set<String> practices) {
        return (BigDecimal) bind(em.createNativeQuery("SELECT COALESCE(SUM(" + PATIENT_OWED + "), 0) FROM claim"
                + " WHERE " + OPEN_PATIENT_AR + " AND date_of_service <= ?2 AND date_of_service >= ?1" + scope(payerId)),
                LocalDate.of(1900, 1, 1), upTo, payerId, practices).getSingleResult();
    }

    /** The insurance outstanding balance of open claims with a date of service up to the given day. */
    public BigDecimal accountsReceivable(LocalDate upTo, String payerId, Set<String> practices) {
        return (BigDecimal) bind(em.createNativeQuery("SELECT COALESCE(SUM(" + OUTSTANDING + "), 0) FROM claim"
                + " WHERE " + OPEN_AR + " AND date_of_service <= ?2 AND date_of_service >= ?1" + scope(payerId)),
                LocalDate.of(1900, 1, 1), upTo, payerId, practices).getSingleResult();
    }

    /** How many original claims with a date of service in [from, to] are in each status, by status name. */
    public Map<ClaimStatus, Long> claimsByStatus(LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT status, COUNT(*) FROM claim WHERE " + ORIGINALS
                + " AND date_of_service BETWEEN ?1 AND ?2" + scope(payerId) + " GROUP BY status ORDER BY status"),
                from, to, payerId, practices).getResultList();
        Map<ClaimStatus, Long> statuses = new LinkedHashMap<>();
        rows.forEach(s -> statuses.put(ClaimStatus.valueOf((String) s[0]), n(s[1])));
        return statuses;
    }

    private static String scope(String payerId) {
        return PRACTICES + (payerId == null ? "" : " AND payer_id = ?4");
    }

    private static Query bind(Query q, LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        q.setParameter(1, from).setParameter(2, to).setParameter(3, ClaimRepository.inList(practices));
        return payerId == null ? q : q.setParameter(4, payerId);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static String quoted(ClaimStatus... statuses) {
        return String.join(", ", Arrays.stream(statuses).map(s -> "'" + s.name() + "'").toList());
    }
}
