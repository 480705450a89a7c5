package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The {@code claim_payment} table: payments applied to claims, one row per payment id. */
@ApplicationScoped
public class ClaimPaymentRepository implements PanacheRepositoryBase<ClaimPaymentEntity, UUID> {

    /** True when the payment was applied already. */
    public boolean isApplied(UUID paymentId) {
        return count("paymentId", paymentId) > 0;
    }

    /** The payments applied to a claim, oldest first. */
    public List<ClaimPaymentEntity> ofClaim(UUID claimId) {
        return list("claimId", Sort.ascending("appliedAt").and("paymentId"), claimId);
    }
}
