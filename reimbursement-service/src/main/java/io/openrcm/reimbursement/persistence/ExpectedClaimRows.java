package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.domain.ExpectedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The expected claims of a batch, with plain JDBC in the caller's transaction: which are known (one query), their
 * rows and lines (two queries), and new ones written with one batched insert per table. Nothing goes through the
 * persistence context, so a large batch costs no dirty checking.
 */
@ApplicationScoped
public class ExpectedClaimRows {

    private final DataSource dataSource;

    @Inject
    public ExpectedClaimRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The ids among the given ones that are recorded already. */
    public Set<String> existing(Collection<String> claimIds) {
        Set<String> found = new HashSet<>();
        if (claimIds.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT claim_id FROM expected_claim WHERE claim_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", claimIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new JdbcFailure("reading expected claims", e);
        }
    }

    /** The known claims among the given ids, with their lines, by id. */
    public Map<String, ExpectedClaim> findKnown(Collection<String> claimIds) {
        Map<String, ExpectedClaim> known = new LinkedHashMap<>();
        if (claimIds.isEmpty()) {
            return known;
        }
        try (Connection c = dataSource.getConnection()) {
            Object ids = c.createArrayOf("varchar", claimIds.toArray());
            Map<String, List<ExpectedLine>> lines = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, line_number, code, modifiers, units,"
                    + " charge, date_of_service FROM expected_claim_line WHERE claim_id = ANY (?)"
                    + " ORDER BY claim_id, line_number")) {
                ps.setObject(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ExpectedLine(
                                rs.getInt(2), rs.getString(3), PostingRows.split(rs.getString(4)),
                                rs.getObject(7, LocalDate.class), Money.of(rs.getBigDecimal(6)), rs.getInt(5)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, encounter_id, payer_id,"
                    + " billing_provider_npi, patient_id, date_of_service, total_charge, correlation_id,"
                    + " source_event_id, recorded_at FROM expected_claim WHERE claim_id = ANY (?)")) {
                ps.setObject(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        known.put(id, new ExpectedClaim(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getObject(6, LocalDate.class), Money.of(rs.getBigDecimal(7)),
                                lines.getOrDefault(id, List.of()), rs.getString(8), rs.getObject(9, UUID.class),
                                rs.getTimestamp(10).toInstant()));
                    }
                }
            }
            return known;
        } catch (SQLException e) {
            throw new JdbcFailure("reading expected claims", e);
        }
    }

    /** Records the claims (written once, never changed) and their lines: one batched insert per table. */
    public void insertAll(List<ExpectedClaim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, "INSERT INTO expected_claim (claim_id, encounter_id, payer_id, billing_provider_npi,"
                    + " patient_id, date_of_service, total_charge, correlation_id, source_event_id, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims, (row, e) -> row.string(e.claimId())
                    .string(e.encounterId()).string(e.payerId()).string(e.billingProviderNpi()).string(e.patientId())
                    .date(e.dateOfService()).decimal(e.totalCharge().amount()).string(e.correlationId())
                    .uuid(e.sourceEventId()).instant(e.recordedAt()));
            JdbcBatch.execute(c, "INSERT INTO expected_claim_line (claim_id, line_number, code, modifiers, units,"
                    + " charge, date_of_service) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    JdbcBatch.children(claims, ExpectedClaim::lines), (row, line) -> {
                        ExpectedLine l = line.value();
                        row.string(line.parent().claimId()).integer(l.lineNumber()).string(l.code())
                                .string(String.join(",", l.modifiers())).integer(l.units())
                                .decimal(l.charge().amount()).date(l.dateOfService());
                    });
        } catch (SQLException e) {
            throw new JdbcFailure("inserting expected claims", e);
        }
    }
}
