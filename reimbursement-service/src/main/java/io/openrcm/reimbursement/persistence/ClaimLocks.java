package io.openrcm.reimbursement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serializes work on one claim id across transactions with a transaction-scoped PostgreSQL advisory lock.
 *
 * <p>A remittance checks whether its claims are known while claim-submitted may be recording one of them; without
 * the lock each could miss the other's uncommitted row and the payment would wait forever. The two-key form keeps
 * these locks apart from the outbox relay's single-key lock.
 */
@ApplicationScoped
public class ClaimLocks {

    /** First key of every claim lock: "RB" (reimbursement). */
    static final int NAMESPACE = 0x5242;

    @Inject
    EntityManager em;

    /** Waits for the lock of the claim id; it is released when the current transaction ends. */
    public void lock(String claimId) {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) AS locked")
                .setParameter(1, NAMESPACE)
                .setParameter(2, claimId)
                .getSingleResult();
    }
}
