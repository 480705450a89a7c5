package io.openrcm.code.persistence;

import io.openrcm.code.domain.Address;
import io.openrcm.code.domain.Coverage;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.Patient;
import io.openrcm.code.domain.ServiceLine;
import io.openrcm.code.domain.Subscriber;
import io.openrcm.code.domain.edits.EditFinding;
import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes the rows of encounters with one JDBC batch per table (encounter, findings, coverages, diagnoses, lines) on
 * the transaction's connection. The child rows have natural keys (encounter id + position, sequence or line number)
 * and the encounter id is assigned by the service, so nothing comes back from the server.
 */
@ApplicationScoped
public class EncounterInserts {

    /** The columns of an encounter row, in the order {@link #encounter} binds them and the repository reads them. */
    static final String COLUMNS = "id, ehr_encounter_id, patient_id, patient_first_name, patient_last_name,"
            + " patient_birth_date, patient_sex, patient_address_line1, patient_address_line2, patient_address_city,"
            + " patient_address_state, patient_address_postal_code, subscriber_member_id, payer_id,"
            + " billing_provider_npi, rendering_provider_npi, date_of_service, place_of_service, status,"
            + " correlation_id, request_hash, coded_at, received_at, review_reason, claimed_by, claimed_at";
    /** The longest finding message the column holds; a longer one is cut with an ellipsis. */
    static final int MESSAGE_LENGTH = 600;

    private static final String ENCOUNTER = "INSERT INTO encounter (" + COLUMNS + ")"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
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
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, ENCOUNTER, encounters, EncounterInserts::encounter);
            insertFindings(c, encounters);
            insertContent(c, encounters);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + encounters.size() + " encounter(s)", e);
        }
    }

    /** The findings rows of the encounters. */
    static void insertFindings(Connection c, List<Encounter> encounters) throws SQLException {
        JdbcBatch.execute(c, FINDING, JdbcBatch.children(encounters, Encounter::findings), (row, f) -> {
            EditFinding finding = f.value();
            String message = finding.message();
            row.uuid(f.parent().id()).integer(f.position()).string(finding.editId())
                    .string(finding.severity().name())
                    .string(message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH - 3) + "..."
                            : message)
                    .integer(finding.diagnosisSequence()).integer(finding.lineNumber());
        });
    }

    /**
     * The rows of the encounters' content beside the encounter row: coverages (none when the only payer's subscriber
     * is the patient, which the encounter row says alone), diagnoses and service lines.
     */
    static void insertContent(Connection c, List<Encounter> encounters) throws SQLException {
        JdbcBatch.execute(c, COVERAGE, JdbcBatch.children(encounters, e -> e.content().singleSelfCoverage()
                ? List.<Coverage>of() : e.content().coverages()), EncounterInserts::coverage);
        JdbcBatch.execute(c, DIAGNOSIS, JdbcBatch.children(encounters, e -> e.content().diagnoses()), (row, d) -> {
            Diagnosis dx = d.value();
            row.uuid(d.parent().id()).integer(dx.sequence()).string(dx.code()).string(dx.text())
                    .string(dx.codedBy() == null ? null : dx.codedBy().name());
        });
        JdbcBatch.execute(c, LINE, JdbcBatch.children(encounters, e -> e.content().serviceLines()),
                EncounterInserts::line);
    }

    /** Binds an encounter row in the order of {@link #COLUMNS}. */
    static void encounter(JdbcBatch.Row row, Encounter e) throws SQLException {
        row.uuid(e.id());
        state(row, e);
    }

    /** Binds every column of {@link #COLUMNS} but the id, in their order. */
    static void state(JdbcBatch.Row row, Encounter e) throws SQLException {
        EncounterContent c = e.content();
        Patient p = c.patient();
        Address home = p.address();
        row.string(c.ehrEncounterId());
        row.string(p.id());
        row.string(p.firstName());
        row.string(p.lastName());
        row.date(p.birthDate());
        row.string(p.sex().name());
        row.string(home == null ? null : home.line1());
        row.string(home == null ? null : home.line2());
        row.string(home == null ? null : home.city());
        row.string(home == null ? null : home.state());
        row.string(home == null ? null : home.postalCode());
        row.string(c.subscriberMemberId());
        row.string(c.payerId());
        row.string(c.billingProviderNpi());
        row.string(c.renderingProviderNpi());
        row.date(c.dateOfService());
        row.string(c.placeOfService());
        row.string(e.status().name());
        row.string(e.correlationId());
        row.string(e.requestHash());
        row.instant(e.codedAt());
        row.instant(e.receivedAt());
        row.string(e.reviewReason());
        row.string(e.claimedBy());
        row.instant(e.claimedAt());
    }

    private static void coverage(JdbcBatch.Row row, JdbcBatch.Child<Encounter, Coverage> coverage)
            throws SQLException {
        Coverage c = coverage.value();
        Subscriber s = c.subscriber();
        Address a = s.address();
        row.uuid(coverage.parent().id());
        row.integer(coverage.position());
        row.string(c.payerId());
        row.string(c.memberId());
        row.string(s.relationship());
        row.string(s.firstName());
        row.string(s.lastName());
        row.date(s.birthDate());
        row.string(s.sex() == null ? null : s.sex().name());
        row.string(a == null ? null : a.line1());
        row.string(a == null ? null : a.line2());
        row.string(a == null ? null : a.city());
        row.string(a == null ? null : a.state());
        row.string(a == null ? null : a.postalCode());
    }

    /** Modifiers and diagnosis pointers fill their four slots in order; the slots left over are null. */
    private static void line(JdbcBatch.Row row, JdbcBatch.Child<Encounter, ServiceLine> line) throws SQLException {
        ServiceLine l = line.value();
        row.uuid(line.parent().id());
        row.integer(l.lineNumber());
        row.string(l.code() == null ? null : l.code().system().name());
        row.string(l.code() == null ? null : l.code().code());
        row.string(l.text());
        for (int i = 0; i < 4; i++) {
            row.string(i < l.modifiers().size() ? l.modifiers().get(i) : null);
        }
        row.integer(l.units());
        for (int i = 0; i < 4; i++) {
            row.integer(i < l.diagnosisPointers().size() ? l.diagnosisPointers().get(i) : null);
        }
        row.string(l.codedBy() == null ? null : l.codedBy().name());
    }
}
