package io.openrcm.claim.persistence;

import io.openrcm.claim.application.CarriedClaim;
import io.openrcm.claim.application.CarriedClaimOwner;
import io.openrcm.claim.application.Submission;
import io.openrcm.claim.application.SubmissionTransfer;
import io.openrcm.kernel.Money;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Submissions, the claims each carried, the control number sequence and the acknowledgments received. */
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
    private static final String MARK_PENDING = "UPDATE submission SET delivery_status = ?, connection_id = ?"
            + " WHERE id = ?";

    private final SubmissionRepository submissions;
    private final DataSource dataSource;

    @Inject
    public SubmissionStore(SubmissionRepository submissions, DataSource dataSource) {
        this.submissions = submissions;
        this.dataSource = dataSource;
    }

    /**
     * Inserts the submission's row at once with JDBC: the JDBC batches of its claims (their links) refer to it, and
     * the interchange's use case leaves the session out.
     */
    public void insert(Submission s) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, s.id());
            ps.setString(2, s.payerId());
            ps.setInt(3, s.interchangeControlNumber());
            ps.setInt(4, s.groupControlNumber());
            ps.setInt(5, s.claimCount());
            ps.setBigDecimal(6, s.totalCharge().amount());
            ps.setString(7, s.content());
            ps.setObject(8, OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store submission " + s.id(), e);
        }
    }

    public Optional<Submission> find(UUID id) {
        return submissions.findByIdOptional(id).map(SubmissionStore::toRecord);
    }

    /** The claims a submission carried, by transaction set. */
    public List<CarriedClaim> claimsOf(UUID submissionId) {
        return em().createQuery("from SubmissionClaimEntity where submissionId = :s"
                + " order by transactionControl, claimId", SubmissionClaimEntity.class)
                .setParameter("s", submissionId).getResultStream()
                .map(c -> new CarriedClaim(c.claimId, c.transactionControl)).toList();
    }

    /** Ids of the submissions a group control number (GS06, echoed in 999 AK102) names, newest first. */
    public List<UUID> idsByGroupControl(int groupControlNumber) {
        return em().createQuery("select s.id from SubmissionEntity s where s.groupControlNumber = :g"
                + " order by s.createdAt desc", UUID.class).setParameter("g", groupControlNumber).getResultList();
    }

    /** Newest first, of one payer or all. */
    public List<Submission> recent(String payerId, Set<String> practices, int page, int size) {
        // An 837 file holds every claim it carries: it is listed only to a caller of all their practices.
        String whole = "not exists (select 1 from SubmissionClaimEntity sc, ClaimEntity c where sc.submissionId = s.id"
                + " and c.id = sc.claimId and c.billingProviderNpi not in :practices)";
        Parameters params = Parameters.with("practices", ClaimRepository.inList(practices));
        if (payerId != null) {
            params = params.and("payer", payerId);
        }
        return submissions.find("from SubmissionEntity s where " + (payerId == null ? "" : "s.payerId = :payer and ")
                + whole,
                Sort.descending("createdAt"), params).page(Page.of(page, size))
                .stream().map(SubmissionStore::toRecord).toList();
    }

    /** The claims a submission carried, with their practice and patient, for the access check and the audit. */
    public List<CarriedClaimOwner> ownersOf(UUID submissionId) {
        return em().createQuery("select new " + CarriedClaimOwner.class.getName() + "(c.id, c.billingProviderNpi,"
                + " c.patientId) from SubmissionClaimEntity sc, ClaimEntity c where sc.submissionId = :s"
                + " and c.id = sc.claimId", CarriedClaimOwner.class).setParameter("s", submissionId).getResultList();
    }


    /** The answer stored for the acknowledgment file with this content hash, if it was received before. */
    public Optional<String> acknowledgmentSummary(String contentHash) {
        return em().createQuery("from AcknowledgmentEntity where contentHash = :h", AcknowledgmentEntity.class)
                .setParameter("h", contentHash).getResultStream().findFirst().map(a -> a.summary);
    }

    /** Remembers a received acknowledgment file by its content hash, with the answer given. */
    public void saveAcknowledgment(UUID id, String kind, String contentHash, String summary, Instant receivedAt) {
        AcknowledgmentEntity row = new AcknowledgmentEntity();
        row.id = id;
        row.kind = kind;
        row.contentHash = contentHash;
        row.summary = summary;
        row.receivedAt = receivedAt;
        em().persist(row);
    }

    /** Holds the submission back for its upload to the clearinghouse: its claims stay READY, held by it. */
    public void markPending(UUID id, String connectionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(MARK_PENDING)) {
            ps.setString(1, PENDING);
            ps.setString(2, connectionId);
            ps.setObject(3, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("submission " + id + " is not stored");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold submission " + id + " for its upload", e);
        }
    }

    /** Submissions waiting for their upload, oldest first. */
    public List<PendingSubmission> pending(int limit) {
        return em().createQuery("from SubmissionEntity where deliveryStatus = :p order by createdAt, id",
                SubmissionEntity.class).setParameter("p", PENDING).setMaxResults(limit).getResultStream()
                .map(e -> new PendingSubmission(e.id, e.payerId, e.interchangeControlNumber, e.content))
                .toList();
    }

    public long countPending() {
        return submissions.count("deliveryStatus", PENDING);
    }

    /**
     * Records the transfer of a pending submission, locking its row first (two instances that both uploaded it record
     * it once).
     *
     * @return false when it was not pending any more
     */
    public boolean markDelivered(UUID id, String connectionId, String fileName, long size, String sha256,
            Instant at) {
        SubmissionEntity e = em().find(SubmissionEntity.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !PENDING.equals(e.deliveryStatus)) {
            return false;
        }
        e.deliveryStatus = DELIVERED;
        e.connectionId = connectionId;
        e.fileName = fileName;
        e.fileSize = size;
        e.fileSha256 = sha256;
        e.deliveredAt = at;
        e.deliveryAttempts++;
        e.lastDeliveryError = null;
        return true;
    }

    /** Counts a failed upload and keeps its reason (no patient data: an exception's class and message). */
    public void recordFailedDelivery(UUID id, String error) {
        SubmissionEntity e = submissions.findById(id);
        if (e != null) {
            e.deliveryAttempts++;
            e.lastDeliveryError = error;
        }
    }

    /** The transfer recorded with a submission, if it was delivered to a clearinghouse. */
    public Optional<SubmissionTransfer> transfer(UUID id) {
        return submissions.findByIdOptional(id).filter(e -> e.fileName != null || PENDING.equals(e.deliveryStatus))
                .map(e -> new SubmissionTransfer(e.deliveryStatus, e.connectionId, e.fileName, e.fileSize, e.fileSha256,
                        e.deliveredAt, e.deliveryAttempts, e.lastDeliveryError));
    }

    private EntityManager em() {
        return submissions.getEntityManager();
    }

    private static Submission toRecord(SubmissionEntity e) {
        return new Submission(e.id, e.payerId, e.interchangeControlNumber, e.groupControlNumber, e.claimCount,
                Money.of(e.totalCharge), e.content, e.createdAt);
    }
}
