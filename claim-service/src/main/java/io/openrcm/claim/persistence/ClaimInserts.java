package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimStatusChanged;
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
 * Inserts new claims (with their diagnoses and lines) and status history entries with one JDBC batch per table on the
 * transaction's connection, instead of an entity flush per claim and per collection. The rows are those
 * {@link ClaimStore#newEntity} maps, so reading them back through {@link ClaimEntity} sees what Hibernate would have
 * written.
 */
@ApplicationScoped
public class ClaimInserts {

    private static final String CLAIM = "INSERT INTO claim (id, encounter_id, ehr_encounter_id, status, patient_id,"
            + " patient_first_name, patient_last_name, patient_birth_date, patient_sex, subscriber_member_id, payer_id,"
            + " billing_provider_npi, rendering_provider_npi, place_of_service, date_of_service, total_charge,"
            + " paid_amount, adjustment_amount, patient_responsibility, correlation_id, created_at, submitted_at,"
            + " updated_at, frequency_code, original_claim_id, payer_claim_control_number,"
            + " corrected_payer_claim_control_number, service_signature, findings, work_queued_at, ever_scrub_failed,"
            + " ever_rejected, ever_accepted, adjudicated_at, denied, submission_count, last_submission_id,"
            + " posted_after_close, patient_address, coverages, adjudications, responsibility, crossed_over,"
            + " review_reason, version) VALUES (" + "?,".repeat(44) + "?)";
    private static final String DIAGNOSIS = "INSERT INTO claim_diagnosis (claim_id, sequence, code) VALUES (?,?,?)";
    private static final String LINE = "INSERT INTO claim_line (claim_id, line_number, code, code_system, modifiers,"
            + " units, diagnosis_pointers, unit_fee, charge, date_of_service) VALUES (?,?,?,?,?,?,?,?,?,?)";
    private static final String STATUS_CHANGE = "INSERT INTO claim_status_change (claim_id, from_status, to_status,"
            + " reason, reason_codes, payment_id, changed_at) VALUES (?,?,?,?,?,?,?)";

    private final DataSource dataSource;

    @Inject
    public ClaimInserts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts the new claims in their order; a second original claim of an encounter fails here, on its unique
     * index, inside the caller's handling of the batch.
     */
    public void insertAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        List<ClaimEntity> rows = claims.stream().map(ClaimStore::newEntity).toList();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
                for (ClaimEntity e : rows) {
                    claim(ps, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(DIAGNOSIS)) {
                for (ClaimEntity e : rows) {
                    for (ClaimDiagnosisEmbeddable d : e.diagnoses) {
                        ps.setObject(1, e.id);
                        ps.setInt(2, d.sequence);
                        ps.setString(3, d.code);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(LINE)) {
                for (ClaimEntity e : rows) {
                    for (ClaimLineEmbeddable l : e.lines) {
                        line(ps, e, l);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + claims.size() + " claim(s)", e);
        }
    }

    /** Appends the entries to the claims' status history, in their order (the history is read in id order). */
    public void insertStatusChanges(List<ClaimStatusChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(STATUS_CHANGE)) {
            for (ClaimStatusChanged change : changes) {
                ps.setObject(1, change.claimId());
                ps.setString(2, change.from() == null ? null : change.from().name());
                ps.setString(3, change.to().name());
                ps.setString(4, change.reason());
                ps.setString(5, String.join(",", change.reasonCodes()));
                ps.setObject(6, change.paymentId());
                instant(ps, 7, change.occurredAt());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + changes.size() + " status change(s)", e);
        }
    }

    private static void claim(PreparedStatement ps, ClaimEntity e) throws SQLException {
        ps.setObject(1, e.id);
        ps.setObject(2, e.encounterId);
        ps.setString(3, e.ehrEncounterId);
        ps.setString(4, e.status);
        ps.setString(5, e.patientId);
        ps.setString(6, e.patientFirstName);
        ps.setString(7, e.patientLastName);
        date(ps, 8, e.patientBirthDate);
        ps.setString(9, e.patientSex);
        ps.setString(10, e.subscriberMemberId);
        ps.setString(11, e.payerId);
        ps.setString(12, e.billingProviderNpi);
        ps.setString(13, e.renderingProviderNpi);
        ps.setString(14, e.placeOfService);
        date(ps, 15, e.dateOfService);
        ps.setBigDecimal(16, e.totalCharge);
        ps.setBigDecimal(17, e.paidAmount);
        ps.setBigDecimal(18, e.adjustmentAmount);
        ps.setBigDecimal(19, e.patientResponsibility);
        ps.setString(20, e.correlationId);
        instant(ps, 21, e.createdAt);
        instant(ps, 22, e.submittedAt);
        instant(ps, 23, e.updatedAt);
        ps.setString(24, e.frequencyCode);
        ps.setObject(25, e.originalClaimId);
        ps.setString(26, e.payerClaimControlNumber);
        ps.setString(27, e.correctedPayerClaimControlNumber);
        ps.setString(28, e.serviceSignature);
        ps.setString(29, e.findings);
        instant(ps, 30, e.workQueuedAt);
        ps.setBoolean(31, e.everScrubFailed);
        ps.setBoolean(32, e.everRejected);
        ps.setBoolean(33, e.everAccepted);
        instant(ps, 34, e.adjudicatedAt);
        ps.setBoolean(35, e.denied);
        ps.setInt(36, e.submissionCount);
        ps.setObject(37, e.lastSubmissionId);
        ps.setBoolean(38, e.postedAfterClose);
        ps.setString(39, e.patientAddress);
        ps.setString(40, e.coverages);
        ps.setString(41, e.adjudications);
        ps.setString(42, e.responsibility);
        ps.setBoolean(43, e.crossedOver);
        ps.setString(44, e.reviewReason);
        // Hibernate's first version of a new row.
        ps.setLong(45, 0L);
    }

    private static void line(PreparedStatement ps, ClaimEntity e, ClaimLineEmbeddable l) throws SQLException {
        ps.setObject(1, e.id);
        ps.setInt(2, l.lineNumber);
        ps.setString(3, l.code);
        ps.setString(4, l.codeSystem);
        ps.setString(5, l.modifiers);
        ps.setInt(6, l.units);
        ps.setString(7, l.diagnosisPointers);
        ps.setBigDecimal(8, l.unitFee);
        ps.setBigDecimal(9, l.charge);
        date(ps, 10, l.dateOfService);
    }

    private static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setObject(index, value, Types.DATE);
    }

    private static void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
