package io.openrcm.claim.persistence;

import io.openrcm.claim.application.CarriedClaim;
import io.openrcm.claim.application.CarriedClaimOwner;
import io.openrcm.claim.application.Submission;
import io.openrcm.claim.application.SubmissionTransfer;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Submissions, the claims each carried, the control number sequence and the acknowledgments received; JDBC on the
 * transaction's connection.
 */
@ApplicationScoped
public class SubmissionStore {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";

    /** A submission waiting for its upload. */
    public record PendingSubmission(UUID id, String payerId, int interchangeControlNumber, String content) {
    }

    private static final String INSERT = "INSERT INTO submission (id, payer_id, interchange_control_number,"
            + " group_control_number, claim_count, total_charge, content, created_at, delivery_status,"
            + " delivery_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SENT', 0)";
    private static final String COLUMNS = "s.id, s.payer_id, s.interchange_control_number, s.group_control_number,"
            + " s.claim_count, s.total_charge, s.content, s.created_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM submission s WHERE s.id = ?";
    private static final String CLAIMS_OF = "SELECT claim_id, transaction_control FROM submission_claim"
            + " WHERE submission_id = ? ORDER BY transaction_control, claim_id";
    private static final String IDS_BY_GROUP_CONTROL = "SELECT id FROM submission WHERE group_control_number = ?"
            + " ORDER BY created_at DESC";
    // An 837 file holds every claim it carries: it is listed only to a caller of all their practices (none: no file
    // with a claim is listed).
    private static final String WHOLE = "NOT EXISTS (SELECT 1 FROM submission_claim sc JOIN claim c"
            + " ON c.id = sc.claim_id WHERE sc.submission_id = s.id AND c.billing_provider_npi <> ALL (?))";
    private static final String RECENT = "SELECT " + COLUMNS + " FROM submission s WHERE " + WHOLE
            + " ORDER BY s.created_at DESC LIMIT ? OFFSET ?";
    private static final String RECENT_OF_PAYER = "SELECT " + COLUMNS + " FROM submission s WHERE s.payer_id = ?"
            + " AND " + WHOLE + " ORDER BY s.created_at DESC LIMIT ? OFFSET ?";
    private static final String OWNERS_OF = "SELECT c.id, c.billing_provider_npi, c.patient_id"
            + " FROM submission_claim sc JOIN claim c ON c.id = sc.claim_id WHERE sc.submission_id = ?";
    private static final String ACKNOWLEDGMENT_SUMMARY = "SELECT summary FROM acknowledgment WHERE content_hash = ?";
    private static final String INSERT_ACKNOWLEDGMENT = "INSERT INTO acknowledgment (id, kind, content_hash, summary,"
            + " received_at) VALUES (?, ?, ?, ?, ?)";
    private static final String MARK_PENDING = "UPDATE submission SET delivery_status = ?, connection_id = ?"
            + " WHERE id = ?";
    private static final String PENDING_ROWS = "SELECT id, payer_id, interchange_control_number, content"
            + " FROM submission WHERE delivery_status = ? ORDER BY created_at, id LIMIT ?";
    private static final String COUNT_PENDING = "SELECT count(*) FROM submission WHERE delivery_status = ?";
    // The lock Hibernate took for PESSIMISTIC_WRITE on PostgreSQL: it excludes another writer of the row.
    private static final String LOCK_STATUS = "SELECT delivery_status FROM submission WHERE id = ?"
            + " FOR NO KEY UPDATE";
    private static final String MARK_DELIVERED = "UPDATE submission SET delivery_status = ?, connection_id = ?,"
            + " file_name = ?, file_size = ?, file_sha256 = ?, delivered_at = ?,"
            + " delivery_attempts = delivery_attempts + 1, last_delivery_error = NULL WHERE id = ?";
    private static final String FAILED_DELIVERY = "UPDATE submission SET delivery_attempts = delivery_attempts + 1,"
            + " last_delivery_error = ? WHERE id = ?";
    private static final String TRANSFER = "SELECT delivery_status, connection_id, file_name, file_size, file_sha256,"
            + " delivered_at, delivery_attempts, last_delivery_error FROM submission"
            + " WHERE id = ? AND (file_name IS NOT NULL OR delivery_status = ?)";

    private final Sql sql;

    @Inject
    public SubmissionStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Inserts the submission's row at once: the JDBC batches of its claims (their links) refer to it. */
    public void insert(Submission s) {
        sql.update(INSERT, row -> row.uuid(s.id()).string(s.payerId()).integer(s.interchangeControlNumber())
                .integer(s.groupControlNumber()).integer(s.claimCount()).decimal(s.totalCharge().amount())
                .string(s.content()).instant(s.createdAt()));
    }

    public Optional<Submission> find(UUID id) {
        return sql.first(FIND, row -> row.uuid(id), SubmissionStore::submission);
    }

    /** The claims a submission carried, by transaction set. */
    public List<CarriedClaim> claimsOf(UUID submissionId) {
        return sql.list(CLAIMS_OF, row -> row.uuid(submissionId),
                rs -> new CarriedClaim(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    /** Ids of the submissions a group control number (GS06, echoed in 999 AK102) names, newest first. */
    public List<UUID> idsByGroupControl(int groupControlNumber) {
        return sql.list(IDS_BY_GROUP_CONTROL, row -> row.integer(groupControlNumber),
                rs -> rs.getObject(1, UUID.class));
    }

    /** Newest first, of one payer or all; only the files whose every claim is of one of the practices. */
    public List<Submission> recent(String payerId, Set<String> practices, int page, int size) {
        if (payerId == null) {
            return sql.list(RECENT, row -> row.strings(practices).integer(size).bigint((long) page * size),
                    SubmissionStore::submission);
        }
        return sql.list(RECENT_OF_PAYER, row -> row.string(payerId).strings(practices).integer(size)
                .bigint((long) page * size), SubmissionStore::submission);
    }

    /** The claims a submission carried, with their practice and patient, for the access check and the audit. */
    public List<CarriedClaimOwner> ownersOf(UUID submissionId) {
        return sql.list(OWNERS_OF, row -> row.uuid(submissionId),
                rs -> new CarriedClaimOwner(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
    }

    /** The answer stored for the acknowledgment file with this content hash, if it was received before. */
    public Optional<String> acknowledgmentSummary(String contentHash) {
        return sql.first(ACKNOWLEDGMENT_SUMMARY, row -> row.string(contentHash), rs -> rs.getString(1));
    }

    /**
     * Remembers a received acknowledgment file by its content hash, with the answer given; a concurrent twin fails
     * here on the hash.
     */
    public void saveAcknowledgment(UUID id, String kind, String contentHash, String summary, Instant receivedAt) {
        sql.update(INSERT_ACKNOWLEDGMENT, row -> row.uuid(id).string(kind).string(contentHash).string(summary)
                .instant(receivedAt));
    }

    /** Holds the submission back for its upload to the clearinghouse: its claims stay READY, held by it. */
    public void markPending(UUID id, String connectionId) {
        if (sql.update(MARK_PENDING, row -> row.string(PENDING).string(connectionId).uuid(id)) != 1) {
            throw new IllegalStateException("submission " + id + " is not stored");
        }
    }

    /** Submissions waiting for their upload, oldest first. */
    public List<PendingSubmission> pending(int limit) {
        return sql.list(PENDING_ROWS, row -> row.string(PENDING).integer(limit), rs -> new PendingSubmission(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4)));
    }

    public long countPending() {
        return sql.count(COUNT_PENDING, row -> row.string(PENDING));
    }

    /**
     * Records the transfer of a pending submission, locking its row first (two instances that both uploaded it record
     * it once).
     *
     * @return false when it was not pending any more
     */
    public boolean markDelivered(UUID id, String connectionId, String fileName, long size, String sha256,
            Instant at) {
        Optional<String> status = sql.first(LOCK_STATUS, row -> row.uuid(id), rs -> rs.getString(1));
        if (status.filter(PENDING::equals).isEmpty()) {
            return false;
        }
        sql.update(MARK_DELIVERED, row -> row.string(DELIVERED).string(connectionId).string(fileName).bigint(size)
                .string(sha256).instant(at).uuid(id));
        return true;
    }

    /** Counts a failed upload and keeps its reason (no patient data: an exception's class and message). */
    public void recordFailedDelivery(UUID id, String error) {
        sql.update(FAILED_DELIVERY, row -> row.string(error).uuid(id));
    }

    /** The transfer recorded with a submission, if it was delivered to a clearinghouse. */
    public Optional<SubmissionTransfer> transfer(UUID id) {
        return sql.first(TRANSFER, row -> row.uuid(id).string(PENDING), rs -> new SubmissionTransfer(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5), Sql.instant(rs, 6),
                rs.getInt(7), rs.getString(8)));
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                Money.of(rs.getBigDecimal(6)), rs.getString(7), Sql.instant(rs, 8));
    }
}
