package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
            JdbcBatch.execute(c, CLAIM, rows, ClaimInserts::claim);
            JdbcBatch.execute(c, DIAGNOSIS, JdbcBatch.children(rows, e -> e.diagnoses), (row, d) -> row
                    .uuid(d.parent().id).integer(d.value().sequence).string(d.value().code));
            JdbcBatch.execute(c, LINE, JdbcBatch.children(rows, e -> e.lines), ClaimInserts::line);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + claims.size() + " claim(s)", e);
        }
    }

    /** Appends the entries to the claims' status history, in their order (the history is read in id order). */
    public void insertStatusChanges(List<ClaimStatusChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            insertHistory(c, changes.stream().map(ClaimChanges.HistoryRow::of).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + changes.size() + " status change(s)", e);
        }
    }

    /** The one insert of status history rows, for the intake's new claims and {@link ClaimChanges} alike. */
    static void insertHistory(Connection c, List<ClaimChanges.HistoryRow> history) throws SQLException {
        JdbcBatch.execute(c, STATUS_CHANGE, history, (row, h) -> row.uuid(h.claimId()).string(h.fromStatus())
                .string(h.toStatus()).string(h.reason()).string(h.reasonCodes()).uuid(h.paymentId())
                .instant(h.changedAt()));
    }

    private static void claim(JdbcBatch.Row row, ClaimEntity e) throws SQLException {
        row.uuid(e.id);
        row.uuid(e.encounterId);
        row.string(e.ehrEncounterId);
        row.string(e.status);
        row.string(e.patientId);
        row.string(e.patientFirstName);
        row.string(e.patientLastName);
        row.date(e.patientBirthDate);
        row.string(e.patientSex);
        row.string(e.subscriberMemberId);
        row.string(e.payerId);
        row.string(e.billingProviderNpi);
        row.string(e.renderingProviderNpi);
        row.string(e.placeOfService);
        row.date(e.dateOfService);
        row.decimal(e.totalCharge);
        row.decimal(e.paidAmount);
        row.decimal(e.adjustmentAmount);
        row.decimal(e.patientResponsibility);
        row.string(e.correlationId);
        row.instant(e.createdAt);
        row.instant(e.submittedAt);
        row.instant(e.updatedAt);
        row.string(e.frequencyCode);
        row.uuid(e.originalClaimId);
        row.string(e.payerClaimControlNumber);
        row.string(e.correctedPayerClaimControlNumber);
        row.string(e.serviceSignature);
        row.string(e.findings);
        row.instant(e.workQueuedAt);
        row.bool(e.everScrubFailed);
        row.bool(e.everRejected);
        row.bool(e.everAccepted);
        row.instant(e.adjudicatedAt);
        row.bool(e.denied);
        row.integer(e.submissionCount);
        row.uuid(e.lastSubmissionId);
        row.bool(e.postedAfterClose);
        row.string(e.patientAddress);
        row.string(e.coverages);
        row.string(e.adjudications);
        row.string(e.responsibility);
        row.bool(e.crossedOver);
        row.string(e.reviewReason);
        // Hibernate's first version of a new row.
        row.bigint(0L);
    }

    private static void line(JdbcBatch.Row row, JdbcBatch.Child<ClaimEntity, ClaimLineEmbeddable> line)
            throws SQLException {
        ClaimLineEmbeddable l = line.value();
        row.uuid(line.parent().id);
        row.integer(l.lineNumber);
        row.string(l.code);
        row.string(l.codeSystem);
        row.string(l.modifiers);
        row.integer(l.units);
        row.string(l.diagnosisPointers);
        row.decimal(l.unitFee);
        row.decimal(l.charge);
        row.date(l.dateOfService);
    }
}
