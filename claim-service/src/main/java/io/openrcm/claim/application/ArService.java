package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.persistence.ArQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts receivable read side: aging of open balances by payer and of what patients owe, and the billing
 * manager's figures (HFMA definitions in the module README). Insurance A/R is what the payers still have of claims
 * sent to a payer at least once that are not corrected, voided or closed; patient A/R is what patients owe once
 * insurance is done; A/R is both. Void claims (frequency 8) carry no receivable.
 */
@ApplicationScoped
public class ArService {

    public static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-120", "120+");

    private final ArQueries queries;
    private final Clock clock;

    @Inject
    public ArService(ArQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Outstanding by payer and age bucket (age = days from date of service to asOf). */
    @Transactional
    public Aging aging(LocalDate asOf, Set<String> practices) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Map<String, BigDecimal> totals = zeroBuckets();
        List<PayerAging> payers = queries.aging(day, practices).stream().map(r -> {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            for (int i = 0; i < BUCKETS.size(); i++) {
                BigDecimal v = money(r.buckets().get(i));
                amounts.put(BUCKETS.get(i), v);
                totals.merge(BUCKETS.get(i), v, BigDecimal::add);
            }
            return new PayerAging(r.payerId(), amounts,
                    amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }).toList();
        Map<String, BigDecimal> insurance = new LinkedHashMap<>(totals);
        Map<String, BigDecimal> patient = zeroBuckets();
        ArFigures.AgingRow owed = queries.patientAging(day, practices);
        for (int i = 0; i < BUCKETS.size(); i++) {
            BigDecimal v = money(owed.buckets().get(i));
            patient.put(BUCKETS.get(i), v);
            totals.merge(BUCKETS.get(i), v, BigDecimal::add);
        }
        return new Aging(day, payers, new Split(insurance, sum(insurance)), new Split(patient, sum(patient)), totals,
                sum(totals));
    }

    private static BigDecimal sum(Map<String, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The figures for original claims with a date of service in [from, to], of one payer or all. */
    @Transactional
    public Metrics metrics(LocalDate from, LocalDate to, int arWindowDays, String payerId, Set<String> practices) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        ArFigures.Counts c = queries.counts(start, end, payerId, practices);
        BigDecimal windowCharges = queries.charges(end.minusDays(arWindowDays - 1L), end, payerId, practices);
        BigDecimal insuranceAr = money(queries.accountsReceivable(end, payerId, practices));
        BigDecimal patientAr = money(queries.patientReceivable(end, payerId, practices));
        BigDecimal ar = insuranceAr.add(patientAr);
        Map<ClaimStatus, Long> statuses = queries.claimsByStatus(start, end, payerId, practices);
        BigDecimal dailyCharges = windowCharges.divide(BigDecimal.valueOf(arWindowDays), 6, RoundingMode.HALF_UP);
        return new Metrics(start, end, c.claims(), rate(c.clean(), c.scrubbed()),
                rate(c.firstPassAccepted(), c.acknowledged()), rate(c.denied(), c.adjudicated()),
                ratio(c.deniedCharges(), c.adjudicatedCharges()),
                dailyCharges.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                        : ar.divide(dailyCharges, 1, RoundingMode.HALF_UP),
                money(ar), money(windowCharges), arWindowDays,
                new Denominators(c.scrubbed(), c.acknowledged(), c.adjudicated(), money(c.adjudicatedCharges())),
                statuses, money(c.totalCharges()), insuranceAr, patientAr);
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

    /** The aging report: insurance A/R by payer and in all, patient A/R, and both together in the totals. */
    public record Aging(LocalDate asOf, List<PayerAging> payers, Split insurance, Split patient,
            Map<String, BigDecimal> totals, BigDecimal total) {
    }

    /** One side of the A/R (insurance or patient) by age bucket. */
    public record Split(Map<String, BigDecimal> amounts, BigDecimal total) {
    }

    /** One payer's row. */
    public record PayerAging(String payerId, Map<String, BigDecimal> amounts, BigDecimal total) {
    }

    /** The figures; rates are 0..1 with 4 decimals (0 when nothing is in the denominator). */
    public record Metrics(LocalDate from, LocalDate to, long claims, BigDecimal cleanClaimRate,
            BigDecimal firstPassAcceptanceRate, BigDecimal denialRateByCount, BigDecimal denialRateByDollars,
            BigDecimal daysInAR, BigDecimal accountsReceivable, BigDecimal windowCharges, int windowDays,
            Denominators denominators, Map<ClaimStatus, Long> claimsByStatus, BigDecimal totalCharges,
            BigDecimal insuranceAccountsReceivable, BigDecimal patientAccountsReceivable) {
    }

    /** What each rate was divided by. */
    public record Denominators(long scrubbed, long acknowledgedOrAdjudicated, long adjudicated,
            BigDecimal adjudicatedCharges) {
    }
}
