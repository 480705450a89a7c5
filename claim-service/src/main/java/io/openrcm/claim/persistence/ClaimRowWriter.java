package io.openrcm.claim.persistence;

import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The JDBC statements of {@link ClaimChanges}: each kind of row written with one batch (inserts go to the server as
 * multi-row INSERTs), on the transaction's connection.
 */
@ApplicationScoped
class ClaimRowWriter {

    /**
     * A claim's new state over its row, as {@link ClaimStore#update} writes it: the work-queue time, the "ever"
     * flags and the first adjudication are decided against the row's current values, so one claim updated twice in
     * a batch ends as it would after two updates one by one. The billed payer's other columns are written only when
     * the payer or member changed (billed to the next coverage), as the entity mapping writes details only when they
     * changed.
     */
    private static final String UPDATE_STATE = "UPDATE claim SET status = ?, total_charge = ?, paid_amount = ?,"
            + " adjustment_amount = ?, patient_responsibility = ?, submitted_at = ?, updated_at = ?,"
            + " payer_claim_control_number = ?, findings = ?,"
            + " work_queued_at = CASE WHEN ?::boolean THEN ?::timestamptz WHEN ?::varchar IS NULL THEN NULL"
            + " WHEN review_reason IS DISTINCT FROM ?::varchar OR work_queued_at IS NULL THEN ?::timestamptz"
            + " ELSE work_queued_at END,"
            + " review_reason = ?, posted_after_close = ?, responsibility = ?, crossed_over = ?, adjudications = ?,"
            + " ever_scrub_failed = ever_scrub_failed OR ?::boolean, ever_rejected = ever_rejected OR ?::boolean,"
            + " ever_accepted = ever_accepted OR ?::boolean,"
            + " denied = CASE WHEN adjudicated_at IS NULL AND ?::boolean THEN ?::boolean ELSE denied END,"
            + " adjudicated_at = CASE WHEN adjudicated_at IS NULL AND ?::boolean THEN ?::timestamptz"
            + " ELSE adjudicated_at END,"
            + " coverages = CASE WHEN payer_id IS DISTINCT FROM ?::varchar OR subscriber_member_id IS DISTINCT FROM"
            + " ?::varchar THEN ?::text ELSE coverages END,"
            + " service_signature = CASE WHEN payer_id IS DISTINCT FROM ?::varchar OR subscriber_member_id IS DISTINCT"
            + " FROM ?::varchar THEN ?::text ELSE service_signature END,"
            + " payer_id = ?, subscriber_member_id = ?,"
            + " submission_count = submission_count + ?, last_submission_id = COALESCE(?::uuid, last_submission_id),"
            + " version = version + 1 WHERE id = ?";

    private static final String INSERT_PAYMENT = "INSERT INTO claim_payment (payment_id, claim_id, claim_status_code,"
            + " paid_amount, patient_responsibility, adjustment_amount, reason_codes, reversal_of,"
            + " payer_claim_control_number, event_id, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_LINK = "INSERT INTO submission_claim (submission_id, claim_id,"
            + " transaction_control) VALUES (?, ?, ?)";

    private static final String COUNT_SUBMISSION = "UPDATE claim SET submission_count = submission_count + 1,"
            + " last_submission_id = ? WHERE id = ANY (?)";

    private final DataSource dataSource;

    @Inject
    ClaimRowWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void write(ClaimChanges changes) {
        try (Connection c = dataSource.getConnection()) {
            // Payments first: a twin applied concurrently fails here on the payment id, before anything else.
            JdbcBatch.execute(c, INSERT_PAYMENT, changes.payments, ClaimRowWriter::payment);
            Folded folded = fold(changes);
            checkUpdated(JdbcBatch.execute(c, UPDATE_STATE, folded.states(), ClaimRowWriter::state));
            JdbcBatch.execute(c, INSERT_LINK, changes.links, (row, l) -> row.uuid(l.submissionId()).uuid(l.claimId())
                    .string(l.transactionControl()));
            JdbcBatch.execute(c, COUNT_SUBMISSION, folded.unfolded().entrySet(), (row, submission) -> row
                    .uuid(submission.getKey()).uuids(submission.getValue()));
            ClaimInserts.insertHistory(c, changes.history);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the changes of " + changes.states.size()
                    + " claim state(s)", e);
        }
    }

    /**
     * A submission of a claim whose state is written in the same batch is counted by the claim's last state update
     * instead of a second update of its row (every update of a claim row writes a new row version and an entry in each
     * of the table's indexes). Only a claim's first submission in the batch is counted so; a later one (and a claim
     * with no state row) goes to {@code COUNT_SUBMISSION}, which runs after the state updates and so still leaves the
     * last submission last.
     */
    private static Folded fold(ClaimChanges changes) {
        Map<UUID, Integer> lastState = new HashMap<>();
        for (int i = 0; i < changes.states.size(); i++) {
            lastState.put(changes.states.get(i).claimId(), i);
        }
        Map<UUID, UUID> countedByState = new HashMap<>();
        Map<UUID, List<UUID>> unfolded = new LinkedHashMap<>();
        changes.sent.forEach((submission, claims) -> claims.forEach(claim -> {
            if (!lastState.containsKey(claim) || countedByState.putIfAbsent(claim, submission) != null) {
                unfolded.computeIfAbsent(submission, k -> new ArrayList<>()).add(claim);
            }
        }));
        List<StateWrite> states = new ArrayList<>(changes.states.size());
        for (int i = 0; i < changes.states.size(); i++) {
            ClaimChanges.StateRow state = changes.states.get(i);
            boolean last = lastState.get(state.claimId()) == i;
            states.add(new StateWrite(state, last ? countedByState.get(state.claimId()) : null));
        }
        return new Folded(states, unfolded);
    }

    private record StateWrite(ClaimChanges.StateRow row, UUID submissionId) {
    }

    private record Folded(List<StateWrite> states, Map<UUID, List<UUID>> unfolded) {
    }

    private static void state(JdbcBatch.Row row, StateWrite write) throws SQLException {
        ClaimChanges.StateRow s = write.row();
        row.string(s.status());
        row.decimal(s.totalCharge());
        row.decimal(s.paid());
        row.decimal(s.adjustments());
        row.decimal(s.patientResponsibility());
        row.instant(s.submittedAt());
        row.instant(s.updatedAt());
        row.string(s.payerClaimControlNumber());
        row.string(s.findings());
        row.bool(s.inWorkQueue());
        row.instant(s.updatedAt());
        row.string(s.reviewReason());
        row.string(s.reviewReason());
        row.instant(s.updatedAt());
        row.string(s.reviewReason());
        row.bool(s.postedAfterClose());
        row.string(s.responsibility());
        row.bool(s.crossedOver());
        row.string(s.adjudications());
        row.bool(s.scrubFailed());
        row.bool(s.rejected());
        row.bool(s.accepted());
        row.bool(s.adjudicated());
        row.bool(s.denied());
        row.bool(s.adjudicated());
        row.instant(s.updatedAt());
        for (int twice = 0; twice < 2; twice++) {
            row.string(s.payerId());
            row.string(s.subscriberMemberId());
            row.string(twice == 0 ? s.coverages() : s.serviceSignature());
        }
        row.string(s.payerId());
        row.string(s.subscriberMemberId());
        row.integer(write.submissionId() == null ? 0 : 1);
        row.uuid(write.submissionId());
        row.uuid(s.claimId());
    }

    private static void payment(JdbcBatch.Row row, ClaimChanges.PaymentRow p) throws SQLException {
        row.uuid(p.paymentId());
        row.uuid(p.claimId());
        row.string(p.claimStatusCode());
        row.decimal(p.paid());
        row.decimal(p.patientResponsibility());
        row.decimal(p.adjustments());
        row.string(p.reasonCodes());
        row.uuid(p.reversalOf());
        row.string(p.payerClaimControlNumber());
        row.uuid(p.eventId());
        row.instant(p.appliedAt());
    }

    private static void checkUpdated(int[] counts) {
        for (int count : counts) {
            // SUCCESS_NO_INFO (-2) is fine; 0 means the claim row is gone.
            if (count == 0) {
                throw new IllegalStateException("a claim of the batch is not stored");
            }
        }
    }
}
