package io.openrcm.reimbursement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The append-only ledger: inserts and reads, nothing else. */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntryEntity, Long> {

    /** The entries of the given claim payments, in posting order. */
    public List<LedgerEntryEntity> findByClaimPayments(Collection<UUID> claimPaymentIds) {
        if (claimPaymentIds.isEmpty()) {
            return List.of();
        }
        return list("claimPaymentId in ?1 order by postedAt, claimPaymentId, lineNo", claimPaymentIds);
    }
}
