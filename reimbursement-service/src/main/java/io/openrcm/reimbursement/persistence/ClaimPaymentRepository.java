package io.openrcm.reimbursement.persistence;

import io.openrcm.reimbursement.domain.PostingStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Claim payment rows of a remittance, of a claim, and those waiting for their claim. */
@ApplicationScoped
public class ClaimPaymentRepository implements PanacheRepositoryBase<ClaimPaymentEntity, UUID> {

    /** The claim payments of a remittance, in remittance order. */
    public List<ClaimPaymentEntity> findByRemittance(UUID remittanceId) {
        return list("remittanceId = ?1 order by claimIndex", remittanceId);
    }

    /** Every claim payment for a claim, oldest first. */
    public List<ClaimPaymentEntity> findByClaim(String claimId) {
        return list("claimId = ?1 order by receivedAt, remittanceId, claimIndex", claimId);
    }

    /** The claim payments for a claim still waiting for it to become known, oldest first. */
    public List<ClaimPaymentEntity> findWaiting(String claimId) {
        return list("claimId = ?1 and status = ?2 order by receivedAt, remittanceId, claimIndex", claimId,
                PostingStatus.UNMATCHED.name());
    }

    /** The claim payments for any of the claims still waiting for it, by claim, oldest first. */
    public List<ClaimPaymentEntity> findWaiting(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return list("claimId in ?1 and status = ?2 order by claimId, receivedAt, remittanceId, claimIndex", claimIds,
                PostingStatus.UNMATCHED.name());
    }

    /**
     * Of the claims, the posted payments other than reversals that no reversal took back yet, by claim, latest first,
     * as (claim id, payment id, payer claim control number).
     */
    List<Object[]> reversible(Collection<String> claimIds, String reversalStatusCode) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select p.claimId, p.id, p.payerClaimControlNumber"
                + " from ClaimPaymentEntity p where p.claimId in ?1 and p.status = ?2 and p.claimStatusCode <> ?3"
                + " and p.id not in (select r.reversalOf from ClaimPaymentEntity r where r.reversalOf is not null)"
                + " order by p.claimId, p.postedAt desc", Object[].class).setParameter(1, claimIds)
                .setParameter(2, PostingStatus.POSTED.name()).setParameter(3, reversalStatusCode).getResultList();
    }

    /** The claim's posted payments, other than reversals, that no reversal took back yet, latest first. */
    List<ClaimPaymentEntity> reversible(String claimId, String reversalStatusCode) {
        return list("claimId = ?1 and status = ?2 and claimStatusCode <> ?3 and id not in (select p.reversalOf"
                + " from ClaimPaymentEntity p where p.reversalOf is not null) order by postedAt desc", claimId,
                PostingStatus.POSTED.name(), reversalStatusCode);
    }
}
