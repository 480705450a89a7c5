package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.ProviderAdjustment;
import io.openrcm.reimbursement.domain.ReceivedRemittance;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.domain.RemittanceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Stores remittances (the payment, its provider-level adjustments, why it is quarantined) and reads them back. */
@ApplicationScoped
public class RemittanceStore {

    private static final String COLUMNS = "SELECT id, payer_id, trace_number, payment_date, payment_method,"
            + " total_paid, fingerprint, received_at, status, source, claim_count, provider_adjustment_total"
            + " FROM remittance";
    private static final String IMBALANCES = "SELECT remittance_id, rule, claim_index, line_index, claim_id, stated,"
            + " computed, message FROM remittance_imbalance";
    private static final String INSERT = "INSERT INTO remittance (id, payer_id, trace_number, payment_date,"
            + " payment_method, total_paid, fingerprint, received_at, status, source, handling_code, payer_name,"
            + " payee_name, payee_id, provider_adjustment_total, claim_count)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PROVIDER_ADJUSTMENT = "INSERT INTO provider_adjustment (remittance_id, seq,"
            + " provider_id, fiscal_period_date, reason_code, reference, amount) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_IMBALANCE = "INSERT INTO remittance_imbalance (remittance_id, seq, rule,"
            + " claim_index, line_index, claim_id, stated, computed, difference, message)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Sql sql;

    @Inject
    public RemittanceStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    /**
     * Inserts the remittance at once, so a concurrent twin fails here on the natural key, before any posting work;
     * then its provider-level adjustments and imbalances.
     *
     * @param imbalances why it is quarantined; empty for a taken one
     */
    public ReceivedRemittance insert(Remittance remittance, String fingerprint, RemittanceStatus status,
            List<Imbalance> imbalances, Instant receivedAt) {
        UUID id = UUID.randomUUID();
        Remittance.PayerDetails details = remittance.payer();
        String source = details == null ? "JSON" : details.source();
        sql.update(INSERT, row -> {
            row.uuid(id).string(remittance.payerId()).string(remittance.traceNumber())
                    .date(remittance.paymentDate()).string(remittance.paymentMethod().name())
                    .decimal(remittance.totalPaid().amount()).string(fingerprint).instant(receivedAt)
                    .string(status.name()).string(source);
            if (details == null) {
                row.string(null).string(null).string(null).string(null);
            } else {
                row.string(details.handlingCode()).string(cut(details.payerName(), 60))
                        .string(cut(details.payeeName(), 60)).string(cut(details.payeeId(), 80));
            }
            row.decimal(remittance.providerAdjustmentTotal().amount()).integer(remittance.claims().size());
        });
        List<ReceivedRemittance.Located> located = imbalances.stream().map(i -> new ReceivedRemittance.Located(i,
                i.claimIndex() < 0 ? null : remittance.claims().get(i.claimIndex()).claimId(), cut(i.message(), 300)))
                .toList();
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, INSERT_PROVIDER_ADJUSTMENT, JdbcBatch.children(List.of(id),
                    r -> remittance.providerAdjustments()), (row, e) -> {
                ProviderAdjustment p = e.value();
                row.uuid(id).integer(e.position()).string(cut(p.providerId(), 50)).date(p.fiscalPeriodDate())
                        .string(p.reasonCode()).string(cut(p.reference(), 50)).decimal(p.amount().amount());
            });
            JdbcBatch.execute(c, INSERT_IMBALANCE, JdbcBatch.children(List.of(id), r -> located), (row, e) -> {
                Imbalance i = e.value().imbalance();
                row.uuid(id).integer(e.position()).string(i.rule().name()).integer(i.claimIndex())
                        .integer(i.lineIndex()).string(e.value().claimId()).decimal(i.stated().amount())
                        .decimal(i.computed().amount()).decimal(i.difference().amount()).string(e.value().message());
            });
        } catch (SQLException e) {
            throw new JdbcFailure("inserting a remittance's adjustments and imbalances", e);
        }
        return new ReceivedRemittance(id, remittance.payerId(), remittance.traceNumber(), remittance.paymentDate(),
                remittance.paymentMethod(), remittance.totalPaid(), fingerprint, receivedAt, status, source,
                remittance.claims().size(), remittance.providerAdjustmentTotal(), located);
    }

    public Optional<ReceivedRemittance> find(UUID id) {
        return one(COLUMNS + " WHERE id = ?", row -> row.uuid(id));
    }

    /** The remittance already taken (not quarantined) under this payer and trace number, if any. */
    public Optional<ReceivedRemittance> findTaken(String payerId, String traceNumber) {
        return one(COLUMNS + " WHERE payer_id = ? AND trace_number = ? AND status = ?",
                row -> row.string(payerId).string(traceNumber).string(RemittanceStatus.TAKEN.name()));
    }

    /** The quarantined remittance with this natural key and content, if any. */
    public Optional<ReceivedRemittance> findQuarantined(String payerId, String traceNumber, String fingerprint) {
        return one(COLUMNS + " WHERE payer_id = ? AND trace_number = ? AND fingerprint = ? AND status = ?",
                row -> row.string(payerId).string(traceNumber).string(fingerprint)
                        .string(RemittanceStatus.QUARANTINED.name()));
    }

    /**
     * The quarantined remittances of the practices, newest first. Nothing of a quarantined remittance is posted, so it
     * is of its payee's practice (N1*PE); one without a payee NPI is of no practice.
     */
    public List<ReceivedRemittance> quarantined(Set<String> practices, int limit) {
        List<Stored> rows = sql.list(COLUMNS + " WHERE status = ? AND payee_id = ANY (?)"
                + " ORDER BY received_at DESC LIMIT ?", row -> row.string(RemittanceStatus.QUARANTINED.name())
                .strings(practices).integer(limit), RemittanceStore::stored);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ReceivedRemittance.Located>> imbalances = sql.groupedOverSet(IMBALANCES
                + " WHERE remittance_id = ANY (?) ORDER BY remittance_id, seq",
                row -> row.uuids(rows.stream().map(Stored::id).toList()), rs -> rs.getObject(1, UUID.class),
                RemittanceStore::imbalance);
        return rows.stream().map(r -> r.withImbalances(imbalances.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The remittance the query finds, with its imbalances. */
    private Optional<ReceivedRemittance> one(String query, Sql.Params params) {
        return sql.first(query, params, RemittanceStore::stored).map(r -> r.withImbalances(
                sql.list(IMBALANCES + " WHERE remittance_id = ? ORDER BY seq", row -> row.uuid(r.id()),
                        RemittanceStore::imbalance)));
    }

    /** A remittance row read with {@link #COLUMNS}, waiting for its imbalances. */
    private record Stored(UUID id, String payerId, String traceNumber, LocalDate paymentDate,
            PaymentMethod paymentMethod, Money totalPaid, String fingerprint, Instant receivedAt,
            RemittanceStatus status, String source, int claimCount, Money providerAdjustmentTotal) {

        ReceivedRemittance withImbalances(List<ReceivedRemittance.Located> imbalances) {
            return new ReceivedRemittance(id, payerId, traceNumber, paymentDate, paymentMethod, totalPaid,
                    fingerprint, receivedAt, status, source, claimCount, providerAdjustmentTotal, imbalances);
        }
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), PaymentMethod.valueOf(rs.getString(5)), Money.of(rs.getBigDecimal(6)),
                rs.getString(7), Sql.instant(rs, 8), RemittanceStatus.valueOf(rs.getString(9)), rs.getString(10),
                rs.getInt(11), Money.of(rs.getBigDecimal(12)));
    }

    /** An imbalance read with {@link #IMBALANCES} (its remittance's id first). */
    private static ReceivedRemittance.Located imbalance(ResultSet rs) throws SQLException {
        return new ReceivedRemittance.Located(new Imbalance(
                Imbalance.Rule.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), Money.of(rs.getBigDecimal(6)),
                Money.of(rs.getBigDecimal(7))), rs.getString(5), rs.getString(8));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
