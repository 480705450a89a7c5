package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.ArrayColumns;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.SetLookup;
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
 * The expected claims of a batch, with plain JDBC in the caller's transaction: their rows and lines (two queries), and
 * new ones written with one insert that skips the known ones and one batched insert of their lines.
 */
@ApplicationScoped
public class ExpectedClaimRows {

    private final DataSource dataSource;

    @Inject
    public ExpectedClaimRows(DataSource dataSource) {
        this.dataSource = dataSource;
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
            try (PreparedStatement ps = SetLookup.prepare(c, "SELECT claim_id, line_number, code, modifiers, units,"
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
            try (PreparedStatement ps = SetLookup.prepare(c, "SELECT claim_id, encounter_id, payer_id,"
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

    /**
     * Records the claims not recorded yet (written once, never changed) and their lines, and returns them: one
     * statement inserts every claim whose id is free and tells which ones it inserted (the primary key decides, so no
     * lookup precedes it), one batched insert writes their lines.
     */
    public List<ExpectedClaim> insertNew(List<ExpectedClaim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            Set<String> inserted = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO expected_claim (claim_id, encounter_id,"
                    + " payer_id, billing_provider_npi, patient_id, date_of_service, total_charge, correlation_id,"
                    + " source_event_id, recorded_at) SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[],"
                    + " ?::varchar[], ?::varchar[], ?::date[], ?::numeric[], ?::varchar[], ?::uuid[],"
                    + " ?::timestamptz[]) ON CONFLICT (claim_id) DO NOTHING RETURNING claim_id")) {
                ps.setArray(1, ArrayColumns.of(c, claims, ExpectedClaim::claimId));
                ps.setArray(2, ArrayColumns.of(c, claims, ExpectedClaim::encounterId));
                ps.setArray(3, ArrayColumns.of(c, claims, ExpectedClaim::payerId));
                ps.setArray(4, ArrayColumns.of(c, claims, ExpectedClaim::billingProviderNpi));
                ps.setArray(5, ArrayColumns.of(c, claims, ExpectedClaim::patientId));
                ps.setArray(6, ArrayColumns.of(c, claims, ExpectedClaim::dateOfService));
                ps.setArray(7, ArrayColumns.of(c, claims, e -> e.totalCharge().amount()));
                ps.setArray(8, ArrayColumns.of(c, claims, ExpectedClaim::correlationId));
                ps.setArray(9, ArrayColumns.of(c, claims, ExpectedClaim::sourceEventId));
                ps.setArray(10, ArrayColumns.of(c, claims, ExpectedClaim::recordedAt));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getString(1));
                    }
                }
            }
            List<ExpectedClaim> recorded = claims.stream().filter(e -> inserted.contains(e.claimId())).toList();
            JdbcBatch.execute(c, "INSERT INTO expected_claim_line (claim_id, line_number, code, modifiers, units,"
                    + " charge, date_of_service) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    JdbcBatch.children(recorded, ExpectedClaim::lines), (row, line) -> {
                        ExpectedLine l = line.value();
                        row.string(line.parent().claimId()).integer(l.lineNumber()).string(l.code())
                                .string(String.join(",", l.modifiers())).integer(l.units())
                                .decimal(l.charge().amount()).date(l.dateOfService());
                    });
            return recorded;
        } catch (SQLException e) {
            throw new JdbcFailure("inserting expected claims", e);
        }
    }
}
