package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.platform.persistence.SetLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the claims of a set-based use case with JDBC, one statement per table (claims, lines, diagnoses), on the
 * transaction's connection, and maps them with {@link ClaimRowMapper}.
 */
@ApplicationScoped
class ClaimRowReader {

    private static final String CLAIMS = "SELECT id, encounter_id, ehr_encounter_id, status, patient_id,"
            + " patient_first_name, patient_last_name, patient_birth_date, patient_sex, patient_address,"
            + " subscriber_member_id, payer_id, billing_provider_npi, rendering_provider_npi, place_of_service,"
            + " date_of_service, total_charge, paid_amount, adjustment_amount, patient_responsibility, correlation_id,"
            + " created_at, submitted_at, updated_at, frequency_code, original_claim_id, payer_claim_control_number,"
            + " corrected_payer_claim_control_number, findings, posted_after_close, coverages, adjudications,"
            + " responsibility, crossed_over, version FROM claim WHERE id = ANY (?) ORDER BY id";
    // The rows are locked as they come out of the sort: in id order, so two batches sharing claims wait, not deadlock.
    // FOR NO KEY UPDATE, as every other claim lock here: it excludes another writer of the claim, and still lets rows
    // that refer to the claim be inserted meanwhile.
    private static final String CLAIMS_LOCKED = CLAIMS + " FOR NO KEY UPDATE";
    private static final String LINES = "SELECT claim_id, line_number, code, code_system, modifiers, units,"
            + " diagnosis_pointers, unit_fee, date_of_service FROM claim_line WHERE claim_id = ANY (?)"
            + " ORDER BY claim_id, line_number";
    private static final String DIAGNOSES = "SELECT claim_id, sequence, code FROM claim_diagnosis"
            + " WHERE claim_id = ANY (?) ORDER BY claim_id, sequence";

    private final DataSource dataSource;

    @Inject
    ClaimRowReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The claims with these ids that exist, by id in id order.
     *
     * @param lock true to lock their rows for the transaction ({@code FOR NO KEY UPDATE}, in id order)
     */
    Map<UUID, Claim> read(Collection<UUID> ids, boolean lock) {
        return read(ids, lock, new HashMap<>());
    }

    /** The claim with this id and the version of its row, if it exists. */
    Optional<Versioned> readVersioned(UUID id) {
        Map<UUID, Long> versions = new HashMap<>();
        return Optional.ofNullable(read(List.of(id), false, versions).get(id))
                .map(claim -> new Versioned(claim, versions.get(id)));
    }

    /**
     * A claim as read, and the version of its row then (every write of the row counts it up).
     *
     * @param claim the claim
     * @param version its row's version
     */
    record Versioned(Claim claim, long version) {
    }

    private Map<UUID, Claim> read(Collection<UUID> ids, boolean lock, Map<UUID, Long> versions) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection()) {
            Array idArray = c.createArrayOf("uuid", ids.stream().distinct().toArray());
            List<ClaimRowMapper.ClaimRow> rows = claims(c, lock ? CLAIMS_LOCKED : CLAIMS, idArray, versions);
            if (rows.isEmpty()) {
                return Map.of();
            }
            Map<UUID, List<ClaimLine>> lines = lines(c, idArray);
            Map<UUID, List<Diagnosis>> diagnoses = diagnoses(c, idArray);
            Map<UUID, Claim> found = new LinkedHashMap<>();
            for (ClaimRowMapper.ClaimRow row : rows) {
                found.put(row.id(), ClaimRowMapper.claim(row, diagnoses.getOrDefault(row.id(), List.of()),
                        lines.getOrDefault(row.id(), List.of())));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + ids.size() + " claim(s)", e);
        }
    }

    private static List<ClaimRowMapper.ClaimRow> claims(Connection c, String sql, Array ids, Map<UUID, Long> versions)
            throws SQLException {
        List<ClaimRowMapper.ClaimRow> rows = new ArrayList<>();
        try (PreparedStatement ps = SetLookup.prepare(c, sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClaimRowMapper.ClaimRow row = claim(rs);
                    versions.put(row.id(), rs.getLong(35));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static ClaimRowMapper.ClaimRow claim(ResultSet rs) throws SQLException {
        int i = 1;
        return new ClaimRowMapper.ClaimRow(rs.getObject(i++, UUID.class), rs.getObject(i++, UUID.class),
                rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                rs.getObject(i++, LocalDate.class), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                rs.getObject(i++, LocalDate.class), rs.getBigDecimal(i++), rs.getBigDecimal(i++),
                rs.getBigDecimal(i++), rs.getBigDecimal(i++), rs.getString(i++), instant(rs, i++), instant(rs, i++),
                instant(rs, i++), rs.getString(i++), rs.getObject(i++, UUID.class), rs.getString(i++),
                rs.getString(i++), rs.getString(i++), rs.getBoolean(i++), rs.getString(i++), rs.getString(i++),
                rs.getString(i++), rs.getBoolean(i));
    }

    private static Map<UUID, List<ClaimLine>> lines(Connection c, Array ids) throws SQLException {
        Map<UUID, List<ClaimLine>> lines = new HashMap<>();
        try (PreparedStatement ps = SetLookup.prepare(c, LINES)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            ClaimRowMapper.line(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getInt(6), rs.getString(7), rs.getBigDecimal(8),
                                    rs.getObject(9, LocalDate.class)));
                }
            }
        }
        return lines;
    }

    private static Map<UUID, List<Diagnosis>> diagnoses(Connection c, Array ids) throws SQLException {
        Map<UUID, List<Diagnosis>> diagnoses = new HashMap<>();
        try (PreparedStatement ps = SetLookup.prepare(c, DIAGNOSES)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    diagnoses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Diagnosis(rs.getInt(2), rs.getString(3)));
                }
            }
        }
        return diagnoses;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
