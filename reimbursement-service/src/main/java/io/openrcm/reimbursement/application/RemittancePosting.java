package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.Remittance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Takes a remittance exactly once, whatever reader produced it: refuses it whole when it does not balance, posts
 * each claim payment whose claim is known and keeps the others waiting, all in one transaction. Posting the same
 * remittance again (or concurrently) returns the first result and posts nothing.
 */
@ApplicationScoped
public class RemittancePosting {

    private static final Logger LOG = Logger.getLogger(RemittancePosting.class);
    private static final int ATTEMPTS = 3;

    @Inject
    RemittanceWriter writer;

    /**
     * Takes the remittance.
     *
     * @throws UnbalancedRemittanceException when a balancing rule is broken (nothing is stored)
     * @throws io.openrcm.platform.problem.ProblemException 409 when a different remittance was taken under the same
     *     payer and trace number
     */
    public PostingResult post(Remittance remittance) {
        List<Imbalance> imbalances = remittance.imbalances();
        if (!imbalances.isEmpty()) {
            throw new UnbalancedRemittanceException(imbalances);
        }
        String fingerprint = remittance.fingerprint();
        for (int attempt = 1;; attempt++) {
            try {
                PostingResult result = QuarkusTransaction.requiringNew()
                        .call(() -> writer.takeOrReplay(remittance, fingerprint));
                LOG.infof("Remittance %s (payer %s, trace %s) %s", result.remittance().id(), remittance.payerId(),
                        remittance.traceNumber(), result.created() ? "taken" : "was already taken: replayed");
                return result;
            } catch (RuntimeException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    // A concurrent request took the same natural key first and has committed: answer as a resend.
                    return QuarkusTransaction.requiringNew().call(() -> writer.replay(remittance, fingerprint))
                            .orElseThrow(() -> e);
                }
                if (SqlStates.isRetryable(e) && attempt < ATTEMPTS) {
                    LOG.infof("Remittance of payer %s, trace %s: transaction aborted by a conflict, attempt %d of %d",
                            remittance.payerId(), remittance.traceNumber(), attempt + 1, ATTEMPTS);
                    continue;
                }
                throw e;
            }
        }
    }
}
