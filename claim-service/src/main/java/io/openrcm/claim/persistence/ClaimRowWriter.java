package io.openrcm.claim.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
            + " payer_id = ?, subscriber_member_id = ?, version = version + 1 WHERE id = ?";

    private static final String INSERT_STATUS_CHANGE = "INSERT INTO claim_status_change (claim_id, from_status,"
            + " to_status, reason, reason_codes, payment_id, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

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
            if (!changes.payments.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_PAYMENT)) {
                    for (ClaimChanges.PaymentRow p : changes.payments) {
                        addPayment(ps, p);
                    }
                    ps.executeBatch();
                }
            }
            if (!changes.states.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(UPDATE_STATE)) {
                    for (ClaimChanges.StateRow s : changes.states) {
                        addState(ps, s);
                    }
                    checkUpdated(ps.executeBatch());
                }
            }
            if (!changes.links.isEmpty()) {
                writeLinks(c, changes.links);
            }
            if (!changes.sent.isEmpty()) {
                writeCounts(c, changes.sent);
            }
            if (!changes.history.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_STATUS_CHANGE)) {
                    for (ClaimChanges.HistoryRow h : changes.history) {
                        ps.setObject(1, h.claimId());
                        ps.setString(2, h.fromStatus());
                        ps.setString(3, h.toStatus());
                        ps.setString(4, h.reason());
                        ps.setString(5, h.reasonCodes());
                        ps.setObject(6, h.paymentId());
                        setInstant(ps, 7, h.changedAt());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the changes of " + changes.states.size()
                    + " claim state(s)", e);
        }
    }

    private static void writeLinks(Connection c, List<ClaimChanges.LinkRow> links) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINK)) {
            for (ClaimChanges.LinkRow l : links) {
                ps.setObject(1, l.submissionId());
                ps.setObject(2, l.claimId());
                ps.setString(3, l.transactionControl());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeCounts(Connection c, Map<UUID, List<UUID>> sent) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_SUBMISSION)) {
            for (Map.Entry<UUID, List<UUID>> submission : sent.entrySet()) {
                ps.setObject(1, submission.getKey());
                ps.setArray(2, c.createArrayOf("uuid", submission.getValue().toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void addState(PreparedStatement ps, ClaimChanges.StateRow s) throws SQLException {
        int i = 1;
        ps.setString(i++, s.status());
        ps.setBigDecimal(i++, s.totalCharge());
        ps.setBigDecimal(i++, s.paid());
        ps.setBigDecimal(i++, s.adjustments());
        ps.setBigDecimal(i++, s.patientResponsibility());
        setInstant(ps, i++, s.submittedAt());
        setInstant(ps, i++, s.updatedAt());
        ps.setString(i++, s.payerClaimControlNumber());
        ps.setString(i++, s.findings());
        ps.setBoolean(i++, s.inWorkQueue());
        setInstant(ps, i++, s.updatedAt());
        ps.setString(i++, s.reviewReason());
        ps.setString(i++, s.reviewReason());
        setInstant(ps, i++, s.updatedAt());
        ps.setString(i++, s.reviewReason());
        ps.setBoolean(i++, s.postedAfterClose());
        ps.setString(i++, s.responsibility());
        ps.setBoolean(i++, s.crossedOver());
        ps.setString(i++, s.adjudications());
        ps.setBoolean(i++, s.scrubFailed());
        ps.setBoolean(i++, s.rejected());
        ps.setBoolean(i++, s.accepted());
        ps.setBoolean(i++, s.adjudicated());
        ps.setBoolean(i++, s.denied());
        ps.setBoolean(i++, s.adjudicated());
        setInstant(ps, i++, s.updatedAt());
        for (int twice = 0; twice < 2; twice++) {
            ps.setString(i++, s.payerId());
            ps.setString(i++, s.subscriberMemberId());
            ps.setString(i++, twice == 0 ? s.coverages() : s.serviceSignature());
        }
        ps.setString(i++, s.payerId());
        ps.setString(i++, s.subscriberMemberId());
        ps.setObject(i, s.claimId());
        ps.addBatch();
    }

    private static void addPayment(PreparedStatement ps, ClaimChanges.PaymentRow p) throws SQLException {
        ps.setObject(1, p.paymentId());
        ps.setObject(2, p.claimId());
        ps.setString(3, p.claimStatusCode());
        ps.setBigDecimal(4, p.paid());
        ps.setBigDecimal(5, p.patientResponsibility());
        ps.setBigDecimal(6, p.adjustments());
        ps.setString(7, p.reasonCodes());
        ps.setObject(8, p.reversalOf());
        ps.setString(9, p.payerClaimControlNumber());
        ps.setObject(10, p.eventId());
        setInstant(ps, 11, p.appliedAt());
        ps.addBatch();
    }

    private static void checkUpdated(int[] counts) {
        for (int count : counts) {
            // SUCCESS_NO_INFO (-2) is fine; 0 means the claim row is gone.
            if (count == 0) {
                throw new IllegalStateException("a claim of the batch is not stored");
            }
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }
}
