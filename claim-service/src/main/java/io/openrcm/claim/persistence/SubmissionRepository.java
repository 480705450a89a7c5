package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Submissions, their claims and received acknowledgments. */
@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<SubmissionEntity, UUID> {

    public void link(UUID submissionId, UUID claimId, String transactionControl) {
        SubmissionClaimEntity row = new SubmissionClaimEntity();
        row.submissionId = submissionId;
        row.claimId = claimId;
        row.transactionControl = transactionControl;
        getEntityManager().persist(row);
    }

    /** The claims a submission carried. */
    public List<SubmissionClaimEntity> claimsOf(UUID submissionId) {
        return getEntityManager().createQuery("from SubmissionClaimEntity where submissionId = :s"
                + " order by transactionControl, claimId", SubmissionClaimEntity.class)
                .setParameter("s", submissionId).getResultList();
    }

    /** The submissions a group control number (GS06, echoed in 999 AK102) names, newest first. */
    public List<SubmissionEntity> byGroupControl(int groupControlNumber) {
        return list("groupControlNumber", Sort.descending("createdAt"), groupControlNumber);
    }

    /** The submission that last carried a claim. */
    public Optional<UUID> lastSubmissionOf(UUID claimId) {
        return getEntityManager().createQuery("select sc.submissionId from SubmissionClaimEntity sc, SubmissionEntity s"
                + " where sc.submissionId = s.id and sc.claimId = :c order by s.createdAt desc", UUID.class)
                .setParameter("c", claimId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Newest first, without content. */
    public List<SubmissionEntity> recent(String payerId, int page, int size) {
        return (payerId == null ? findAll(Sort.descending("createdAt"))
                : find("payerId", Sort.descending("createdAt"), payerId)).page(Page.of(page, size)).list();
    }

    public Optional<AcknowledgmentEntity> acknowledgmentByHash(String hash) {
        return getEntityManager().createQuery("from AcknowledgmentEntity where contentHash = :h",
                AcknowledgmentEntity.class).setParameter("h", hash).getResultStream().findFirst();
    }

    public void persistAcknowledgment(AcknowledgmentEntity ack) {
        getEntityManager().persist(ack);
    }
}
