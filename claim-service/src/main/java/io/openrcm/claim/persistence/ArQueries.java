package io.openrcm.claim.persistence;

import io.openrcm.claim.application.ArFigures;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

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
    private static final String PRACTICES = " AND billing_provider_npi = ANY (?)";
    private static final String PERIOD = " AND date_of_service BETWEEN ? AND ?";

    private final Sql sql;

    @Inject
    public ArQueries(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Outstanding by payer and age bucket (age = days from date of service to asOf), payers with none left out. */
    public List<ArFigures.AgingRow> aging(LocalDate asOf, Set<String> practices) {
        return sql.list("SELECT payer_id,"
                + " SUM(CASE WHEN age <= 30 THEN o ELSE 0 END), SUM(CASE WHEN age BETWEEN 31 AND 60 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN age BETWEEN 61 AND 90 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN age BETWEEN 91 AND 120 THEN o ELSE 0 END), SUM(CASE WHEN age > 120 THEN o ELSE 0 END)"
                + " FROM (SELECT payer_id, (CAST(? AS date) - date_of_service) AS age, " + OUTSTANDING + " AS o"
                + " FROM claim WHERE " + OPEN_AR + " AND date_of_service <= ?" + PRACTICES + ") c"
                + " WHERE o > 0 GROUP BY payer_id ORDER BY payer_id", row -> row.date(asOf).date(asOf)
                .strings(practices), ArQueries::agingRow);
    }

    /** What patients owe by age bucket (age = days from date of service to asOf), as one row named PATIENT. */
    public ArFigures.AgingRow patientAging(LocalDate asOf, Set<String> practices) {
        return sql.one("SELECT 'PATIENT',"
                + " COALESCE(SUM(CASE WHEN age <= 30 THEN o END), 0), COALESCE(SUM(CASE WHEN age BETWEEN 31 AND 60 THEN o END), 0),"
                + " COALESCE(SUM(CASE WHEN age BETWEEN 61 AND 90 THEN o END), 0),"
                + " COALESCE(SUM(CASE WHEN age BETWEEN 91 AND 120 THEN o END), 0), COALESCE(SUM(CASE WHEN age > 120 THEN o END), 0)"
                + " FROM (SELECT (CAST(? AS date) - date_of_service) AS age, " + PATIENT_OWED + " AS o"
                + " FROM claim WHERE " + OPEN_PATIENT_AR + " AND date_of_service <= ?" + PRACTICES + ") c"
                + " WHERE o > 0", row -> row.date(asOf).date(asOf).strings(practices), ArQueries::agingRow);
    }

    /** Counts and sums over original claims with a date of service in [from, to], of one payer or all. */
    public ArFigures.Counts counts(LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        return sql.one("SELECT COUNT(*),"
                + " COUNT(*) FILTER (WHERE " + SCRUBBED + "),"
                + " COUNT(*) FILTER (WHERE " + SCRUBBED + " AND NOT ever_scrub_failed),"
                + " COUNT(*) FILTER (WHERE ever_accepted OR ever_rejected),"
                + " COUNT(*) FILTER (WHERE ever_accepted AND NOT ever_rejected),"
                + " COUNT(*) FILTER (WHERE adjudicated_at IS NOT NULL),"
                + " COUNT(*) FILTER (WHERE adjudicated_at IS NOT NULL AND denied),"
                + " COALESCE(SUM(total_charge) FILTER (WHERE adjudicated_at IS NOT NULL), 0),"
                + " COALESCE(SUM(total_charge) FILTER (WHERE adjudicated_at IS NOT NULL AND denied), 0),"
                + " COALESCE(SUM(total_charge), 0)"
                + " FROM claim WHERE " + ORIGINALS + PERIOD + scope(payerId), bind(from, to, payerId, practices),
                rs -> new ArFigures.Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)));
    }

    /** The charges of original claims with a date of service in [from, to]. */
    public BigDecimal charges(LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        return sql.one("SELECT COALESCE(SUM(total_charge), 0) FROM claim WHERE " + ORIGINALS + PERIOD
                + scope(payerId), bind(from, to, payerId, practices), ArQueries::decimal);
    }

    /** What patients owe on claims with a date of service up to the given day. */
    public BigDecimal patientReceivable(LocalDate upTo, String payerId, Set<String> practices) {
        return sql.one("SELECT COALESCE(SUM(" + PATIENT_OWED + "), 0) FROM claim WHERE " + OPEN_PATIENT_AR
                + " AND date_of_service <= ?" + scope(payerId), bind(upTo, payerId, practices), ArQueries::decimal);
    }

    /** The insurance outstanding balance of open claims with a date of service up to the given day. */
    public BigDecimal accountsReceivable(LocalDate upTo, String payerId, Set<String> practices) {
        return sql.one("SELECT COALESCE(SUM(" + OUTSTANDING + "), 0) FROM claim WHERE " + OPEN_AR
                + " AND date_of_service <= ?" + scope(payerId), bind(upTo, payerId, practices), ArQueries::decimal);
    }

    /** How many original claims with a date of service in [from, to] are in each status, by status name. */
    public Map<ClaimStatus, Long> claimsByStatus(LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        Map<ClaimStatus, Long> statuses = new LinkedHashMap<>();
        sql.list("SELECT status, COUNT(*) FROM claim WHERE " + ORIGINALS + PERIOD + scope(payerId)
                + " GROUP BY status ORDER BY status", bind(from, to, payerId, practices),
                rs -> Map.entry(ClaimStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .forEach(e -> statuses.put(e.getKey(), e.getValue()));
        return statuses;
    }

    private static String scope(String payerId) {
        return PRACTICES + (payerId == null ? "" : " AND payer_id = ?");
    }

    /** The parameters of a period's query: its first and last day, then {@link #scope}'s. */
    private static Sql.Params bind(LocalDate from, LocalDate to, String payerId, Set<String> practices) {
        return row -> {
            row.date(from).date(to);
            bind(payerId, practices).bind(row);
        };
    }

    /** The parameters of a query up to a day: the day, then {@link #scope}'s. */
    private static Sql.Params bind(LocalDate upTo, String payerId, Set<String> practices) {
        return row -> {
            row.date(upTo);
            bind(payerId, practices).bind(row);
        };
    }

    /** {@link #scope}'s parameters: the practices, and the payer when there is one. */
    private static Sql.Params bind(String payerId, Set<String> practices) {
        return row -> {
            row.strings(practices);
            if (payerId != null) {
                row.string(payerId);
            }
        };
    }

    private static ArFigures.AgingRow agingRow(ResultSet rs) throws SQLException {
        List<BigDecimal> buckets = new ArrayList<>(BUCKETS);
        for (int i = 2; i <= BUCKETS + 1; i++) {
            buckets.add(rs.getBigDecimal(i));
        }
        return new ArFigures.AgingRow(rs.getString(1), buckets);
    }

    private static BigDecimal decimal(ResultSet rs) throws SQLException {
        return rs.getBigDecimal(1);
    }

    private static String quoted(ClaimStatus... statuses) {
        return String.join(", ", Arrays.stream(statuses).map(s -> "'" + s.name() + "'").toList());
    }
}
