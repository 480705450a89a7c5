package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.ConcurrentClaimChangeException;
import io.openrcm.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a person's change to a claim (correct, scrub, replace, void, close) that may race the submission run, a
 * payment or another person. A version conflict rolls the attempt back; it is tried once more on the claim as it now
 * is, which is safe because each attempt is one transaction that checks the claim's state again. When the claim
 * no longer allows the change, or changes again, the answer is 409 saying what happened to it.
 */
@ApplicationScoped
public class ConcurrentChanges {

    static final String CONFLICT = "claim-changed-while-correcting";
    private static final Logger LOG = Logger.getLogger(ConcurrentChanges.class);

    private final ClaimStore store;

    @Inject
    public ConcurrentChanges(ClaimStore store) {
        this.store = store;
    }

    /**
     * Runs the change, once more if the claim changed under it.
     *
     * @param attempt one whole transactional change; called outside any transaction
     * @throws ProblemException 409 when the claim changed so that the change no longer applies
     */
    public <T> T retried(UUID claimId, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (RuntimeException e) {
            if (!isVersionConflict(e)) {
                throw e;
            }
            LOG.infof("Claim %s changed while a person changed it; trying once more on its new state", claimId);
        }
        try {
            return attempt.get();
        } catch (ProblemException e) {
            if (e.problem().status() != 409) {
                throw e;
            }
            throw ProblemException.conflict(CONFLICT, "Claim " + claimId + " " + whatHappened(claimId)
                    + " while you corrected it, and the change no longer applies (" + e.getMessage()
                    + "); reload it and correct it again");
        } catch (RuntimeException e) {
            if (!isVersionConflict(e)) {
                throw e;
            }
            throw ProblemException.conflict(CONFLICT, "Claim " + claimId + " " + whatHappened(claimId)
                    + " while you corrected it; reload it and correct it again");
        }
    }

    /** What the other change did to the claim, as far as its status tells. */
    @Transactional
    String whatHappened(UUID claimId) {
        ClaimStatus status = store.load(claimId).map(c -> c.status()).orElse(null);
        if (status == ClaimStatus.SUBMITTED) {
            return "was submitted to its payer";
        }
        return status == null ? "was changed by another request"
                : "was changed by another request (it is now " + status.name().toLowerCase(Locale.ROOT) + ")";
    }

    static boolean isVersionConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentClaimChangeException) {
                return true;
            }
        }
        return false;
    }
}
