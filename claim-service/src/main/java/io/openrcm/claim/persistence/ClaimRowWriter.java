package io.openrcm.claim.persistence;

import io.openrcm.platform.persistence.ArrayColumns;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.Rounds;
import io.openrcm.platform.persistence.SetLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * multi-row INSERTs, the claims' states as one UPDATE per round), on the transaction's connection.
 */
@ApplicationScoped
class ClaimRowWriter {

    /**
     * Claims' new states over their rows, one round of a batch (no claim twice) in one statement, as
     * {@link ClaimStore#update} writes a state: the work-queue time, the "ever" flags and the first adjudication are
     * decided against the row's current values ({@code c.}), so one claim updated twice in a batch (two rounds) ends as
     * it would after two updates one by one. The billed payer's other columns are written only when the payer or
     * member changed (billed to the next coverage), as {@link ClaimStore#update} writes details only when they changed.
     * A row with an expected version (a claim {@link ClaimStore} read) is written only if it still has that version.
     */
    private static final String UPDATE_STATES = "UPDATE claim AS c SET status = u.status,"
            + " total_charge = u.total_charge, paid_amount = u.paid, adjustment_amount = u.adjustments,"
            + " patient_responsibility = u.patient_responsibility, submitted_at = u.submitted_at,"
            + " updated_at = u.updated_at, payer_claim_control_number = u.control_number, findings = u.findings,"
            + " work_queued_at = CASE WHEN u.in_queue THEN u.updated_at WHEN u.review_reason IS NULL THEN NULL"
            + " WHEN c.review_reason IS DISTINCT FROM u.review_reason OR c.work_queued_at IS NULL THEN u.updated_at"
            + " ELSE c.work_queued_at END,"
            + " review_reason = u.review_reason, posted_after_close = u.posted_after_close,"
            + " responsibility = u.responsibility, crossed_over = u.crossed_over, adjudications = u.adjudications,"
            + " ever_scrub_failed = c.ever_scrub_failed OR u.scrub_failed, ever_rejected = c.ever_rejected OR u.rejected,"
            + " ever_accepted = c.ever_accepted OR u.accepted,"
            + " denied = CASE WHEN c.adjudicated_at IS NULL AND u.adjudicated THEN u.denied ELSE c.denied END,"
            + " adjudicated_at = CASE WHEN c.adjudicated_at IS NULL AND u.adjudicated THEN u.updated_at"
            + " ELSE c.adjudicated_at END,"
            + " coverages = CASE WHEN c.payer_id IS DISTINCT FROM u.payer_id OR c.subscriber_member_id IS DISTINCT FROM"
            + " u.member_id THEN u.coverages ELSE c.coverages END,"
            + " service_signature = CASE WHEN c.payer_id IS DISTINCT FROM u.payer_id OR c.subscriber_member_id"
            + " IS DISTINCT FROM u.member_id THEN u.service_signature ELSE c.service_signature END,"
            + " payer_id = u.payer_id, subscriber_member_id = u.member_id,"
            + " submission_count = c.submission_count + u.counted,"
            + " last_submission_id = COALESCE(u.submission_id, c.last_submission_id), version = c.version + 1"
            + " FROM unnest(?::uuid[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],"
            + " ?::timestamptz[], ?::timestamptz[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::boolean[],"
            + " ?::text[], ?::boolean[], ?::text[], ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[],"
            + " ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::uuid[], ?::bigint[])"
            + " AS u(id, status, total_charge, paid, adjustments, patient_responsibility, submitted_at, updated_at,"
            + " control_number, findings, in_queue, review_reason, posted_after_close, responsibility, crossed_over,"
            + " adjudications, scrub_failed, rejected, accepted, adjudicated, denied, payer_id, member_id, coverages,"
            + " service_signature, counted, submission_id, expected_version)"
            + " WHERE c.id = u.id AND (u.expected_version IS NULL OR c.version = u.expected_version)";

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
            for (List<StateWrite> round : Rounds.of(folded.states(), w -> w.row().claimId())) {
                updateStates(c, round);
            }
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

    /** One round: every claim in it once. Sent unnamed ({@link SetLookup}): planned for its batch each time. */
    private static void updateStates(Connection c, List<StateWrite> round) throws SQLException {
        List<ClaimChanges.StateRow> rows = round.stream().map(StateWrite::row).toList();
        try (PreparedStatement ps = SetLookup.prepare(c, UPDATE_STATES)) {
            int i = 0;
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::claimId));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::status));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::totalCharge));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::paid));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::adjustments));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::patientResponsibility));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::submittedAt));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::updatedAt));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::payerClaimControlNumber));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::findings));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::inWorkQueue));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::reviewReason));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::postedAfterClose));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::responsibility));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::crossedOver));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::adjudications));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::scrubFailed));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::rejected));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::accepted));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::adjudicated));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::denied));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::payerId));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::subscriberMemberId));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::coverages));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::serviceSignature));
            ps.setArray(++i, ArrayColumns.of(c, round, w -> w.submissionId() == null ? 0 : 1));
            ps.setArray(++i, ArrayColumns.of(c, round, StateWrite::submissionId));
            ps.setArray(++i, ArrayColumns.of(c, rows, ClaimChanges.StateRow::expectedVersion));
            if (ps.executeUpdate() != round.size()) {
                if (rows.stream().anyMatch(r -> r.expectedVersion() != null)) {
                    throw new ConcurrentClaimChangeException(rows.stream().map(ClaimChanges.StateRow::claimId)
                            .toList());
                }
                throw new IllegalStateException("a claim of the batch is not stored");
            }
        }
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
}
