package io.openrcm.code.persistence;

import io.openrcm.code.domain.Encounter;
import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
            JdbcBatch.execute(c, ENCOUNTER, rows, EncounterInserts::encounter);
            JdbcBatch.execute(c, FINDING, JdbcBatch.children(rows, e -> e.findings), (row, f) -> row
                    .uuid(f.parent().id).integer(f.position()).string(f.value().editId).string(f.value().severity)
                    .string(f.value().message).integer(f.value().diagnosisSequence).integer(f.value().lineNumber));
            JdbcBatch.execute(c, COVERAGE, JdbcBatch.children(rows, e -> e.coverages), EncounterInserts::coverage);
            JdbcBatch.execute(c, DIAGNOSIS, JdbcBatch.children(rows, e -> e.diagnoses), (row, d) -> row
                    .uuid(d.parent().id).integer(d.value().sequence).string(d.value().code).string(d.value().text)
                    .string(d.value().codedBy));
            JdbcBatch.execute(c, LINE, JdbcBatch.children(rows, e -> e.serviceLines), EncounterInserts::line);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + encounters.size() + " encounter(s)", e);
        }
    }

    private static void encounter(JdbcBatch.Row row, EncounterEntity e) throws SQLException {
        row.uuid(e.id);
        row.string(e.ehrEncounterId);
        row.string(e.patientId);
        row.string(e.patientFirstName);
        row.string(e.patientLastName);
        row.date(e.patientBirthDate);
        row.string(e.patientSex);
        row.string(e.patientAddressLine1);
        row.string(e.patientAddressLine2);
        row.string(e.patientAddressCity);
        row.string(e.patientAddressState);
        row.string(e.patientAddressPostalCode);
        row.string(e.subscriberMemberId);
        row.string(e.payerId);
        row.string(e.billingProviderNpi);
        row.string(e.renderingProviderNpi);
        row.date(e.dateOfService);
        row.string(e.placeOfService);
        row.string(e.status);
        row.string(e.correlationId);
        row.string(e.requestHash);
        row.instant(e.codedAt);
        row.instant(e.receivedAt);
        row.string(e.reviewReason);
        row.string(e.claimedBy);
        row.instant(e.claimedAt);
    }

    private static void coverage(JdbcBatch.Row row, JdbcBatch.Child<EncounterEntity, CoverageRow> coverage)
            throws SQLException {
        CoverageRow c = coverage.value();
        row.uuid(coverage.parent().id);
        row.integer(coverage.position());
        row.string(c.payerId);
        row.string(c.memberId);
        row.string(c.relationship);
        row.string(c.firstName);
        row.string(c.lastName);
        row.date(c.birthDate);
        row.string(c.sex);
        row.string(c.line1);
        row.string(c.line2);
        row.string(c.city);
        row.string(c.state);
        row.string(c.postalCode);
    }

    private static void line(JdbcBatch.Row row, JdbcBatch.Child<EncounterEntity, ServiceLineRow> line)
            throws SQLException {
        ServiceLineRow l = line.value();
        row.uuid(line.parent().id);
        row.integer(l.lineNumber);
        row.string(l.codeSystem);
        row.string(l.code);
        row.string(l.text);
        row.string(l.modifier1);
        row.string(l.modifier2);
        row.string(l.modifier3);
        row.string(l.modifier4);
        row.integer(l.units);
        row.integer(l.dxPointer1);
        row.integer(l.dxPointer2);
        row.integer(l.dxPointer3);
        row.integer(l.dxPointer4);
        row.string(l.codedBy);
    }
}
