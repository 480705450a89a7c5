package io.openrcm.claim.persistence;

import io.openrcm.claim.application.CarriedClaim;
import io.openrcm.claim.application.CarriedClaimOwner;
import io.openrcm.claim.application.Submission;
import io.openrcm.kernel.Money;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Submissions, the claims each carried, the control number sequence and the acknowledgments received. */
@ApplicationScoped
public class SubmissionStore {

    private final SubmissionRepository submissions;

    @Inject
    public SubmissionStore(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    public void insert(Submission s) {
        SubmissionEntity e = new SubmissionEntity();
        e.id = s.id();
        e.payerId = s.payerId();
        e.interchangeControlNumber = s.interchangeControlNumber();
        e.groupControlNumber = s.groupControlNumber();
        e.claimCount = s.claimCount();
        e.totalCharge = s.totalCharge().amount();
        e.content = s.content();
        e.createdAt = s.createdAt();
        submissions.persist(e);
    }

    /** Records which transaction set of the submission carried the claim. */
    public void link(UUID submissionId, UUID claimId, String transactionControl) {
        SubmissionClaimEntity row = new SubmissionClaimEntity();
        row.submissionId = submissionId;
        row.claimId = claimId;
        row.transactionControl = transactionControl;
        em().persist(row);
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

    private EntityManager em() {
        return submissions.getEntityManager();
    }

    private static Submission toRecord(SubmissionEntity e) {
        return new Submission(e.id, e.payerId, e.interchangeControlNumber, e.groupControlNumber, e.claimCount,
                Money.of(e.totalCharge), e.content, e.createdAt);
    }
}
