package io.openrcm.code.persistence;

import io.openrcm.code.domain.Encounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts new encounters with one JDBC batch per table (encounter, findings, coverages, diagnoses, lines) on the
 * transaction's connection, instead of an entity flush with its per-collection statements. The rows are those
 * {@link EncounterEntity} maps, so reading them back through the entity sees exactly what Hibernate would have written.
 */
@ApplicationScoped
public class EncounterInserts {

    private static final String ENCOUNTER = "INSERT INTO encounter (id, ehr_encounter_id, patient_id, "
            + "patient_first_name, patient_last_name, patient_birth_date, patient_sex, patient_address_line1, "
            + "patient_address_line2, patient_address_city, patient_address_state, patient_address_postal_code, "
            + "subscriber_member_id, payer_id, billing_provider_npi, rendering_provider_npi, date_of_service, "
            + "place_of_service, status, correlation_id, request_hash, coded_at, received_at, review_reason, "
            + "claimed_by, claimed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String FINDING = "INSERT INTO encounter_finding (encounter_id, position, edit_id, severity, "
            + "message, diagnosis_sequence, line_number) VALUES (?,?,?,?,?,?,?)";
    private static final String COVERAGE = "INSERT INTO encounter_coverage (encounter_id, position, payer_id, "
            + "member_id, relationship, subscriber_first_name, subscriber_last_name, subscriber_birth_date, "
            + "subscriber_sex, address_line1, address_line2, address_city, address_state, address_postal_code) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String DIAGNOSIS = "INSERT INTO encounter_diagnosis (encounter_id, sequence_number, code, "
            + "text, coded_by) VALUES (?,?,?,?,?)";
    private static final String LINE = "INSERT INTO encounter_service_line (encounter_id, line_number, code_system, "
            + "code, text, modifier_1, modifier_2, modifier_3, modifier_4, units, dx_pointer_1, dx_pointer_2, "
            + "dx_pointer_3, dx_pointer_4, coded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final DataSource dataSource;

    @Inject
    public EncounterInserts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the encounters in their order; a duplicate EHR encounter id fails here, on its unique constraint. */
    void insert(List<Encounter> encounters) {
        if (encounters.isEmpty()) {
            return;
        }
        List<EncounterEntity> rows = encounters.stream().map(EncounterEntity::from).toList();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(ENCOUNTER)) {
                for (EncounterEntity e : rows) {
                    encounter(ps, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(FINDING)) {
                for (EncounterEntity e : rows) {
                    for (int i = 0; i < e.findings.size(); i++) {
                        FindingRow f = e.findings.get(i);
                        ps.setObject(1, e.id);
                        ps.setInt(2, i);
                        ps.setString(3, f.editId);
                        ps.setString(4, f.severity);
                        ps.setString(5, f.message);
                        integer(ps, 6, f.diagnosisSequence);
                        integer(ps, 7, f.lineNumber);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(COVERAGE)) {
                for (EncounterEntity e : rows) {
                    for (int i = 0; i < e.coverages.size(); i++) {
                        coverage(ps, e, i);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(DIAGNOSIS)) {
                for (EncounterEntity e : rows) {
                    for (DiagnosisRow d : e.diagnoses) {
                        ps.setObject(1, e.id);
                        ps.setInt(2, d.sequence);
                        ps.setString(3, d.code);
                        ps.setString(4, d.text);
                        ps.setString(5, d.codedBy);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(LINE)) {
                for (EncounterEntity e : rows) {
                    for (ServiceLineRow l : e.serviceLines) {
                        line(ps, e, l);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + encounters.size() + " encounter(s)", e);
        }
    }

    private static void encounter(PreparedStatement ps, EncounterEntity e) throws SQLException {
        ps.setObject(1, e.id);
        ps.setString(2, e.ehrEncounterId);
        ps.setString(3, e.patientId);
        ps.setString(4, e.patientFirstName);
        ps.setString(5, e.patientLastName);
        date(ps, 6, e.patientBirthDate);
        ps.setString(7, e.patientSex);
        ps.setString(8, e.patientAddressLine1);
        ps.setString(9, e.patientAddressLine2);
        ps.setString(10, e.patientAddressCity);
        ps.setString(11, e.patientAddressState);
        ps.setString(12, e.patientAddressPostalCode);
        ps.setString(13, e.subscriberMemberId);
        ps.setString(14, e.payerId);
        ps.setString(15, e.billingProviderNpi);
        ps.setString(16, e.renderingProviderNpi);
        date(ps, 17, e.dateOfService);
        ps.setString(18, e.placeOfService);
        ps.setString(19, e.status);
        ps.setString(20, e.correlationId);
        ps.setString(21, e.requestHash);
        instant(ps, 22, e.codedAt);
        instant(ps, 23, e.receivedAt);
        ps.setString(24, e.reviewReason);
        ps.setString(25, e.claimedBy);
        instant(ps, 26, e.claimedAt);
    }

    private static void coverage(PreparedStatement ps, EncounterEntity e, int position) throws SQLException {
        CoverageRow c = e.coverages.get(position);
        ps.setObject(1, e.id);
        ps.setInt(2, position);
        ps.setString(3, c.payerId);
        ps.setString(4, c.memberId);
        ps.setString(5, c.relationship);
        ps.setString(6, c.firstName);
        ps.setString(7, c.lastName);
        date(ps, 8, c.birthDate);
        ps.setString(9, c.sex);
        ps.setString(10, c.line1);
        ps.setString(11, c.line2);
        ps.setString(12, c.city);
        ps.setString(13, c.state);
        ps.setString(14, c.postalCode);
    }

    private static void line(PreparedStatement ps, EncounterEntity e, ServiceLineRow l) throws SQLException {
        ps.setObject(1, e.id);
        ps.setInt(2, l.lineNumber);
        ps.setString(3, l.codeSystem);
        ps.setString(4, l.code);
        ps.setString(5, l.text);
        ps.setString(6, l.modifier1);
        ps.setString(7, l.modifier2);
        ps.setString(8, l.modifier3);
        ps.setString(9, l.modifier4);
        ps.setInt(10, l.units);
        integer(ps, 11, l.dxPointer1);
        integer(ps, 12, l.dxPointer2);
        integer(ps, 13, l.dxPointer3);
        integer(ps, 14, l.dxPointer4);
        ps.setString(15, l.codedBy);
    }

    private static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setObject(index, value, Types.DATE);
    }

    private static void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
