package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The {@code claim_status_change} table: each claim's status history. */
@ApplicationScoped
public class ClaimStatusChangeRepository implements PanacheRepositoryBase<ClaimStatusChangeEntity, Long> {

    /** A claim's history, oldest first. */
    public List<ClaimStatusChangeEntity> historyOf(UUID claimId) {
        return list("claimId", Sort.ascending("id"), claimId);
    }
}
