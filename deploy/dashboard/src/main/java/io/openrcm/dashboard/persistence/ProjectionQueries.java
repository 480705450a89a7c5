package io.openrcm.dashboard.persistence;

import io.agroal.api.AgroalDataSource;
import io.openrcm.dashboard.domain.Figures;
import io.openrcm.dashboard.domain.Dollars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the projection: the aggregates behind the dashboard and the feed's history for late SSE readers. */
@ApplicationScoped
public class ProjectionQueries {

    private final AgroalDataSource dataSource;

    @Inject
    public ProjectionQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims, charges and outstanding per status, over the practices' claims. */
    public List<Figures.StateTotals> byState(Set<String> practices) throws SQLException {
        return list("SELECT status, count(*), sum(total_charge), sum(outstanding) FROM claim_projection"
                + " WHERE billing_provider_npi = ANY (?) GROUP BY status", practices(practices),
                rs -> new Figures.StateTotals(rs.getString(1), rs.getLong(2), money(rs, 3), money(rs, 4)));
    }

    /** Claims, charges, payments and outstanding per payer (column payer_id) or billing provider, of the practices. */
    public List<Figures.PartyTotals> byParty(boolean payer, Set<String> practices) throws SQLException {
        String column = payer ? "payer_id" : "billing_provider_npi";
        return list("SELECT " + column + ", count(*), sum(total_charge), sum(paid_amount), sum(outstanding)"
                + " FROM claim_projection WHERE billing_provider_npi = ANY (?) GROUP BY " + column
                + " ORDER BY sum(outstanding) DESC, " + column, practices(practices),
                rs -> new Figures.PartyTotals(rs.getString(1), rs.getLong(2), money(rs, 3), money(rs, 4),
                        money(rs, 5)));
    }

    /**
     * Open balances of billed claims per payer and age in days on the given date, aged from the date of service when
     * the feed carries it, else from the day the claim was created; the practices' claims only. Insurance A/R is the
     * outstanding balance, plus the patient's share while a secondary or tertiary payer has the claim; patient A/R is
     * what the patient owes once the claim is with the patient (the event's patientBalance; for events without it,
     * the patient's share of a claim not closed).
     */
    public List<Figures.OpenBalance> openBalances(LocalDate asOf, Set<String> practices) throws SQLException {
        return list("SELECT payer_id, age, sum(insurance), sum(patient) FROM (SELECT payer_id,"
                + " ?::date - COALESCE(date_of_service, (first_seen_at AT TIME ZONE 'UTC')::date) AS age,"
                + " outstanding + CASE WHEN responsibility IN ('SECONDARY', 'TERTIARY') THEN patient_responsibility"
                + " ELSE 0 END AS insurance, CASE WHEN responsibility = 'PATIENT' THEN COALESCE(patient_balance,"
                + " CASE WHEN status <> 'CLOSED' THEN patient_responsibility ELSE 0 END) ELSE 0 END AS patient"
                + " FROM claim_projection WHERE submitted_at IS NOT NULL AND billing_provider_npi = ANY (?)) c"
                + " WHERE insurance > 0 OR patient > 0 GROUP BY payer_id, age", ps -> {
                    ps.setObject(1, asOf);
                    ps.setArray(2, ps.getConnection().createArrayOf("varchar", practices.toArray()));
                },
                rs -> new Figures.OpenBalance(rs.getString(1), rs.getLong(2), money(rs, 3), money(rs, 4)));
    }

    /** The payer's first decisions, and the claims denied now, of the practices. */
    public Figures.FirstDecisions firstDecisions(Set<String> practices) throws SQLException {
        return list("SELECT count(*) FILTER (WHERE first_adjudication IS NOT NULL),"
                + " count(*) FILTER (WHERE first_adjudication = 'DENIED'),"
                + " COALESCE(sum(total_charge) FILTER (WHERE first_adjudication IS NOT NULL), 0),"
                + " COALESCE(sum(total_charge) FILTER (WHERE first_adjudication = 'DENIED'), 0),"
                + " count(*) FILTER (WHERE status = 'DENIED'),"
                + " COALESCE(sum(outstanding) FILTER (WHERE status = 'DENIED'), 0) FROM claim_projection"
                + " WHERE billing_provider_npi = ANY (?)", practices(practices), rs -> new Figures.FirstDecisions(rs.getLong(1), rs.getLong(2), money(rs, 3), money(rs, 4),
                        rs.getLong(5), money(rs, 6))).get(0);
    }

    /** The reason codes of the practices' denials, by how many claims they came on; most frequent first. */
    public List<Figures.CodeCount> topDenialReasons(int limit, Set<String> practices) throws SQLException {
        return list("SELECT code, count(DISTINCT claim_id) AS claims FROM claim_status_change,"
                + " unnest(string_to_array(reason_codes, ',')) AS code WHERE to_status = 'DENIED' AND code <> ''"
                + " AND billing_provider_npi = ANY (?) GROUP BY code ORDER BY claims DESC, code LIMIT ?", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", practices.toArray()));
                    ps.setInt(2, limit);
                },
                rs -> new Figures.CodeCount(rs.getString(1), rs.getLong(2)));
    }

    /** The practices' denials by the payer's category, when the feed carries one. */
    public List<Figures.CodeCount> denialCategories(Set<String> practices) throws SQLException {
        return list("SELECT denial_category, count(DISTINCT claim_id) AS claims FROM claim_status_change"
                + " WHERE to_status = 'DENIED' AND denial_category IS NOT NULL AND billing_provider_npi = ANY (?)"
                + " GROUP BY denial_category ORDER BY claims DESC, denial_category", practices(practices), rs -> new Figures.CodeCount(rs.getString(1), rs.getLong(2)));
    }

    /** Total charges of the practices' claims first seen since the instant. */
    public BigDecimal chargesSince(Instant since, Set<String> practices) throws SQLException {
        return list("SELECT COALESCE(sum(total_charge), 0) FROM claim_projection WHERE first_seen_at >= ?"
                + " AND billing_provider_npi = ANY (?)", ps -> {
                    ps.setTimestamp(1, Timestamp.from(since));
                    ps.setArray(2, ps.getConnection().createArrayOf("varchar", practices.toArray()));
                }, rs -> money(rs, 1)).get(0);
    }

    /**
     * The feed after a sequence number, oldest first, of the practices (billing-provider NPIs) given, optionally for
     * one payer and/or billing provider.
     */
    public List<Figures.FeedEntry> changesAfter(long sequence, String payerId, String providerNpi,
            Set<String> practices, int limit) throws SQLException {
        return list("SELECT id, claim_id, payer_id, billing_provider_npi, payload FROM claim_status_change"
                + " WHERE id > ? AND (?::text IS NULL OR payer_id = ?) AND (?::text IS NULL OR billing_provider_npi = ?)"
                + " AND billing_provider_npi = ANY (?) ORDER BY id LIMIT ?", ps -> {
                    ps.setLong(1, sequence);
                    ps.setString(2, payerId);
                    ps.setString(3, payerId);
                    ps.setString(4, providerNpi);
                    ps.setString(5, providerNpi);
                    ps.setArray(6, ps.getConnection().createArrayOf("varchar", practices.toArray()));
                    ps.setInt(7, limit);
                }, ProjectionQueries::feedEntry);
    }

    /** The latest changes of the practices given, newest first. */
    public List<Figures.FeedEntry> recent(int limit, Set<String> practices) throws SQLException {
        return list("SELECT id, claim_id, payer_id, billing_provider_npi, payload FROM claim_status_change"
                + " WHERE billing_provider_npi = ANY (?) ORDER BY id DESC LIMIT ?", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", practices.toArray()));
                    ps.setInt(2, limit);
                }, ProjectionQueries::feedEntry);
    }

    /** The sequence number of the latest change applied; 0 when none. */
    public long lastSequence() throws SQLException {
        return list("SELECT COALESCE(max(id), 0) FROM claim_status_change", rs -> rs.getLong(1)).get(0);
    }

    private static Figures.FeedEntry feedEntry(ResultSet rs) throws SQLException {
        return new Figures.FeedEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5));
    }

    private static BigDecimal money(ResultSet rs, int column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? Dollars.ZERO : Dollars.of(v, "column " + column);
    }

    private <T> List<T> list(String sql, Row<T> row) throws SQLException {
        return list(sql, ps -> { }, row);
    }

    /** Binds the practices (billing-provider NPIs) as the statement's only parameter: every figure is scoped. */
    private static Binder practices(Set<String> practices) {
        return ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", practices.toArray()));
    }

    private <T> List<T> list(String sql, Binder binder, Row<T> row) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
