package io.openrcm.reimbursement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The claims we expect payments for, by claim id. */
@ApplicationScoped
public class ExpectedClaimRepository implements PanacheRepositoryBase<ExpectedClaimEntity, String> {

    /** The known claims among the given ids, by id. */
    public Map<String, ExpectedClaimEntity> findKnown(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        List<ExpectedClaimEntity> found = list("claimId in ?1", claimIds);
        return found.stream().collect(Collectors.toMap(c -> c.claimId, Function.identity()));
    }
}
