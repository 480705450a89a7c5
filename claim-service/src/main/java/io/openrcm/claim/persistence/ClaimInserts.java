package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Inserts new claims (with their diagnoses and lines) and status history entries with one JDBC batch per table on the
 * transaction's connection; {@link ClaimRowReader} reads them back.
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
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, CLAIM, claims, ClaimInserts::claim);
            insertDetails(c, claims);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + claims.size() + " claim(s)", e);
        }
    }

    /** The claims' diagnoses and lines (a new claim's, or a corrected claim's after its old ones were deleted). */
    static void insertDetails(Connection c, List<Claim> claims) throws SQLException {
        JdbcBatch.execute(c, DIAGNOSIS, JdbcBatch.children(claims, claim -> claim.details().diagnoses()),
                (row, d) -> row.uuid(d.parent().id()).integer(d.value().sequence()).string(d.value().code()));
        JdbcBatch.execute(c, LINE, JdbcBatch.children(claims, claim -> claim.details().lines()), ClaimInserts::line);
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

    /**
     * A new claim's row: its details, its state as {@link ClaimRowWriter} would write it over a row with no history
     * (queued since now when it waits in the work queue or for review, the "ever" flags and first adjudication of its
     * status), not yet submitted, version 0.
     */
    private static void claim(JdbcBatch.Row row, Claim claim) throws SQLException {
        ClaimDetails d = claim.details();
        Balance b = claim.balance();
        ClaimStatus status = claim.status();
        boolean queued = status.isInWorkQueue() || claim.reviewReason() != null;
        row.uuid(claim.id());
        row.uuid(d.encounterId());
        row.string(d.ehrEncounterId());
        row.string(status.name());
        row.string(d.patient().id());
        row.string(d.patient().firstName());
        row.string(d.patient().lastName());
        row.date(d.patient().birthDate());
        row.string(d.patient().sex());
        row.string(d.subscriberMemberId());
        row.string(d.payerId());
        row.string(d.billingProviderNpi());
        row.string(d.renderingProviderNpi());
        row.string(d.placeOfService());
        row.date(d.dateOfService());
        row.decimal(b.totalCharge().amount());
        row.decimal(b.paid().amount());
        row.decimal(b.adjustments().amount());
        row.decimal(b.patientResponsibility().amount());
        row.string(d.correlationId());
        row.instant(claim.createdAt());
        row.instant(claim.submittedAt());
        row.instant(claim.updatedAt());
        row.string(claim.correction().frequencyCode());
        row.uuid(claim.correction().originalClaimId());
        row.string(claim.payerClaimControlNumber());
        row.string(claim.correction().payerClaimControlNumber());
        row.string(d.serviceSignature());
        row.string(FindingsJson.write(claim.findings()));
        row.instant(queued ? claim.updatedAt() : null);
        row.bool(status == ClaimStatus.SCRUB_FAILED);
        row.bool(status == ClaimStatus.REJECTED);
        row.bool(status == ClaimStatus.ACCEPTED || status.isAdjudicated());
        row.instant(status.isAdjudicated() ? claim.updatedAt() : null);
        row.bool(status == ClaimStatus.DENIED);
        row.integer(0);
        row.uuid(null);
        row.bool(claim.postedAfterClose());
        row.string(CoordinationJson.writeAddress(d.patient().address()));
        row.string(CoordinationJson.writeCoverages(d.coverages()));
        row.string(CoordinationJson.writeAdjudications(claim.coordination().adjudications()));
        row.string(claim.coordination().responsibility().name());
        row.bool(claim.coordination().crossedOver());
        row.string(claim.reviewReason() == null ? null : claim.reviewReason().name());
        row.bigint(0L);
    }

    private static void line(JdbcBatch.Row row, JdbcBatch.Child<Claim, ClaimLine> child) throws SQLException {
        ClaimLine l = child.value();
        row.uuid(child.parent().id());
        row.integer(l.lineNumber());
        row.string(l.code());
        row.string(l.codeSystem());
        row.string(String.join(",", l.modifiers()));
        row.integer(l.units());
        row.string(l.diagnosisPointers().stream().map(String::valueOf).collect(Collectors.joining(",")));
        row.decimal(l.unitFee().amount());
        row.decimal(l.charge().amount());
        row.date(l.dateOfService());
    }
}
