package io.openrcm.claim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts receivable read side: aging of open balances by payer, and the billing manager's figures (HFMA
 * definitions in the module README). A/R is the outstanding balance of claims sent to a payer at least once that are
 * not corrected, voided or closed; void claims (frequency 8) carry no receivable.
 */
@ApplicationScoped
public class ArService {

    public static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-120", "120+");
    static final String OPEN_AR = "submission_count > 0 AND frequency_code <> '8'"
            + " AND status NOT IN ('CORRECTED', 'VOIDED', 'CLOSED')";
    static final String OUTSTANDING = "(total_charge - paid_amount - adjustment_amount - patient_responsibility)";

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public ArService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Outstanding by payer and age bucket (age = days from date of service to asOf). */
    @Transactional
    public Aging aging(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT payer_id,"
                + " SUM(CASE WHEN age <= 30 THEN o ELSE 0 END), SUM(CASE WHEN age BETWEEN 31 AND 60 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN age BETWEEN 61 AND 90 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN age BETWEEN 91 AND 120 THEN o ELSE 0 END), SUM(CASE WHEN age > 120 THEN o ELSE 0 END)"
                + " FROM (SELECT payer_id, (CAST(?1 AS date) - date_of_service) AS age, " + OUTSTANDING + " AS o"
                + " FROM claim WHERE " + OPEN_AR + " AND date_of_service <= ?1) c WHERE o > 0"
                + " GROUP BY payer_id ORDER BY payer_id").setParameter(1, day).getResultList();
        Map<String, BigDecimal> totals = zeroBuckets();
        List<PayerAging> payers = rows.stream().map(r -> {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            for (int i = 0; i < BUCKETS.size(); i++) {
                BigDecimal v = money((BigDecimal) r[i + 1]);
                amounts.put(BUCKETS.get(i), v);
                totals.merge(BUCKETS.get(i), v, BigDecimal::add);
            }
            return new PayerAging((String) r[0], amounts,
                    amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }).toList();
        return new Aging(day, payers, totals, totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The figures for original claims with a date of service in [from, to], of one payer or all. */
    @Transactional
    public Metrics metrics(LocalDate from, LocalDate to, int arWindowDays, String payerId) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        String payer = payerId == null ? "" : " AND payer_id = ?3";
        Object[] r = (Object[]) bind(em.createNativeQuery("SELECT COUNT(*),"
                + " COUNT(*) FILTER (WHERE status <> 'CREATED'),"
                + " COUNT(*) FILTER (WHERE status <> 'CREATED' AND NOT ever_scrub_failed),"
                + " COUNT(*) FILTER (WHERE ever_accepted OR ever_rejected),"
                + " COUNT(*) FILTER (WHERE ever_accepted AND NOT ever_rejected),"
                + " COUNT(*) FILTER (WHERE adjudicated_at IS NOT NULL),"
                + " COUNT(*) FILTER (WHERE adjudicated_at IS NOT NULL AND denied),"
                + " COALESCE(SUM(total_charge) FILTER (WHERE adjudicated_at IS NOT NULL), 0),"
                + " COALESCE(SUM(total_charge) FILTER (WHERE adjudicated_at IS NOT NULL AND denied), 0),"
                + " COALESCE(SUM(total_charge), 0)"
                + " FROM claim WHERE frequency_code = '1' AND date_of_service BETWEEN ?1 AND ?2" + payer),
                start, end, payerId).getSingleResult();
        LocalDate windowStart = end.minusDays(arWindowDays - 1L);
        BigDecimal windowCharges = (BigDecimal) bind(em.createNativeQuery("SELECT COALESCE(SUM(total_charge), 0)"
                + " FROM claim WHERE frequency_code = '1' AND date_of_service BETWEEN ?1 AND ?2" + payer),
                windowStart, end, payerId).getSingleResult();
        BigDecimal ar = (BigDecimal) bind(em.createNativeQuery("SELECT COALESCE(SUM(" + OUTSTANDING + "), 0) FROM claim"
                + " WHERE " + OPEN_AR + " AND date_of_service <= ?2 AND date_of_service >= ?1" + payer),
                LocalDate.of(1900, 1, 1), end, payerId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> byStatus = bind(em.createNativeQuery("SELECT status, COUNT(*) FROM claim WHERE frequency_code"
                + " = '1' AND date_of_service BETWEEN ?1 AND ?2" + payer + " GROUP BY status ORDER BY status"),
                start, end, payerId).getResultList();
        Map<String, Long> statuses = new LinkedHashMap<>();
        byStatus.forEach(s -> statuses.put((String) s[0], ((Number) s[1]).longValue()));
        BigDecimal dailyCharges = windowCharges.divide(BigDecimal.valueOf(arWindowDays), 6, RoundingMode.HALF_UP);
        return new Metrics(start, end, n(r[0]), rate(n(r[2]), n(r[1])), rate(n(r[4]), n(r[3])),
                rate(n(r[6]), n(r[5])), ratio((BigDecimal) r[8], (BigDecimal) r[7]),
                dailyCharges.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                        : ar.divide(dailyCharges, 1, RoundingMode.HALF_UP),
                money(ar), money(windowCharges), arWindowDays,
                new Denominators(n(r[1]), n(r[3]), n(r[5]), money((BigDecimal) r[7])), statuses,
                money((BigDecimal) r[9]));
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, LocalDate from, LocalDate to,
            String payerId) {
        q.setParameter(1, from).setParameter(2, to);
        return payerId == null ? q : q.setParameter(3, payerId);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    static BigDecimal rate(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Map<String, BigDecimal> zeroBuckets() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        BUCKETS.forEach(b -> m.put(b, BigDecimal.ZERO.setScale(2)));
        return m;
    }

    /** The aging report. */
    public record Aging(LocalDate asOf, List<PayerAging> payers, Map<String, BigDecimal> totals, BigDecimal total) {
    }

    /** One payer's row. */
    public record PayerAging(String payerId, Map<String, BigDecimal> amounts, BigDecimal total) {
    }

    /** The figures; rates are 0..1 with 4 decimals (0 when nothing is in the denominator). */
    public record Metrics(LocalDate from, LocalDate to, long claims, BigDecimal cleanClaimRate,
            BigDecimal firstPassAcceptanceRate, BigDecimal denialRateByCount, BigDecimal denialRateByDollars,
            BigDecimal daysInAR, BigDecimal accountsReceivable, BigDecimal windowCharges, int windowDays,
            Denominators denominators, Map<String, Long> claimsByStatus, BigDecimal totalCharges) {
    }

    /** What each rate was divided by. */
    public record Denominators(long scrubbed, long acknowledgedOrAdjudicated, long adjudicated,
            BigDecimal adjudicatedCharges) {
    }
}
