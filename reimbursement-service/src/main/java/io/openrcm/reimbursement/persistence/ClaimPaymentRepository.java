package io.openrcm.reimbursement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Claim payments of a remittance, of a claim, and those waiting for their claim. */
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
        return list("claimId = ?1 and status = 'UNMATCHED' order by receivedAt, remittanceId, claimIndex", claimId);
    }
}
