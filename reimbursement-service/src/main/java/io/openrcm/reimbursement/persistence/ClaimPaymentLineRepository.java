package io.openrcm.reimbursement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Service lines of claim payments. */
@ApplicationScoped
public class ClaimPaymentLineRepository implements PanacheRepositoryBase<ClaimPaymentLineEntity, UUID> {

    /** The lines of the given claim payments, by payment then position. */
    public List<ClaimPaymentLineEntity> findByPayments(Collection<UUID> claimPaymentIds) {
        if (claimPaymentIds.isEmpty()) {
            return List.of();
        }
        return list("claimPaymentId in ?1 order by claimPaymentId, lineIndex", claimPaymentIds);
    }
}
