package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.domain.ExpectedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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
        try (Connection c = dataSource.getConnection();
                PreparedStatement claim = c.prepareStatement("INSERT INTO expected_claim (claim_id, encounter_id,"
                        + " payer_id, billing_provider_npi, patient_id, date_of_service, total_charge,"
                        + " correlation_id, source_event_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement line = c.prepareStatement("INSERT INTO expected_claim_line (claim_id,"
                        + " line_number, code, modifiers, units, charge, date_of_service)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            boolean anyLine = false;
            for (ExpectedClaim e : claims) {
                claim.setString(1, e.claimId());
                claim.setString(2, e.encounterId());
                claim.setString(3, e.payerId());
                claim.setString(4, e.billingProviderNpi());
                claim.setString(5, e.patientId());
                claim.setObject(6, e.dateOfService(), Types.DATE);
                claim.setBigDecimal(7, e.totalCharge().amount());
                claim.setString(8, e.correlationId());
                claim.setObject(9, e.sourceEventId());
                claim.setTimestamp(10, Timestamp.from(e.recordedAt()));
                claim.addBatch();
                for (ExpectedLine l : e.lines()) {
                    line.setString(1, e.claimId());
                    line.setInt(2, l.lineNumber());
                    line.setString(3, l.code());
                    line.setString(4, String.join(",", l.modifiers()));
                    line.setInt(5, l.units());
                    line.setBigDecimal(6, l.charge().amount());
                    line.setObject(7, l.dateOfService(), Types.DATE);
                    line.addBatch();
                    anyLine = true;
                }
            }
            claim.executeBatch();
            if (anyLine) {
                line.executeBatch();
            }
        } catch (SQLException e) {
            throw new JdbcFailure("inserting expected claims", e);
        }
    }
}
