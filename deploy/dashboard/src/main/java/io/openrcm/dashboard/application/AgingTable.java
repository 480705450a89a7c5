package io.openrcm.dashboard.application;

import io.openrcm.dashboard.domain.AgingBuckets;
import io.openrcm.dashboard.domain.Figures;
import io.openrcm.dashboard.domain.Dollars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns outstanding balances by payer and age into the aging table: a row per payer, a column per bucket. */
final class AgingTable {

    static final String BASIS = "days since the date of service (when the feed carries it), else since the claim"
            + " was created; billed claims with an outstanding balance (insurance A/R, by the payer that has the"
            + " claim) or a patient balance (patient A/R)";

    private AgingTable() {
    }

    static Summary.Aging of(LocalDate asOf, List<Figures.OpenBalance> balances) {
        Map<String, Map<String, BigDecimal>> byPayer = new TreeMap<>();
        Map<String, BigDecimal> insurance = emptyRow();
        Map<String, BigDecimal> patient = emptyRow();
        Map<String, BigDecimal> totals = emptyRow();
        for (Figures.OpenBalance b : balances) {
            String bucket = AgingBuckets.of(b.ageDays());
            if (b.outstanding().signum() > 0) {
                byPayer.computeIfAbsent(b.payerId(), p -> emptyRow()).merge(bucket, b.outstanding(), BigDecimal::add);
                insurance.merge(bucket, b.outstanding(), BigDecimal::add);
            }
            if (b.patient().signum() > 0) {
                patient.merge(bucket, b.patient(), BigDecimal::add);
            }
        }
        insurance.forEach((bucket, amount) -> totals.merge(bucket, amount, BigDecimal::add));
        patient.forEach((bucket, amount) -> totals.merge(bucket, amount, BigDecimal::add));
        List<Summary.PayerAging> payers = new ArrayList<>();
        byPayer.forEach((payer, row) -> payers.add(new Summary.PayerAging(payer, text(row), Dollars.text(sum(row)))));
        return new Summary.Aging(asOf, BASIS, AgingBuckets.NAMES, payers, text(totals), Dollars.text(sum(totals)),
                new Summary.Row(text(insurance), Dollars.text(sum(insurance))),
                new Summary.Row(text(patient), Dollars.text(sum(patient))));
    }

    private static Map<String, BigDecimal> emptyRow() {
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        AgingBuckets.NAMES.forEach(name -> row.put(name, Dollars.ZERO));
        return row;
    }

    private static BigDecimal sum(Map<String, BigDecimal> row) {
        return row.values().stream().reduce(Dollars.ZERO, BigDecimal::add);
    }

    private static Map<String, String> text(Map<String, BigDecimal> row) {
        Map<String, String> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, Dollars.text(v)));
        return out;
    }
}
