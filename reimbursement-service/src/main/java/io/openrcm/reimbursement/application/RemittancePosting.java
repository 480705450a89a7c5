package io.openrcm.reimbursement.application;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.Remittance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Takes a remittance exactly once, whatever reader produced it: posts each claim payment whose claim is known and
 * keeps the others waiting, all in one transaction. An unbalanced remittance is refused (JSON: the caller fixes it)
 * or quarantined with its exact imbalances (X12: stored, nothing posted, never forced). Posting the same remittance
 * again (or concurrently) returns the first result and posts nothing.
 */
@ApplicationScoped
public class RemittancePosting {

    private static final Logger LOG = Logger.getLogger(RemittancePosting.class);
    private static final int ATTEMPTS = 3;

    @Inject
    RemittanceWriter writer;

    /**
     * Takes the remittance, refusing it when it does not balance.
     *
     * @throws UnbalancedRemittanceException when a balancing rule is broken (nothing is stored)
     * @throws ProblemException 409 when a different remittance was taken under the same
     *     payer and trace number
     */
    public PostingResult post(Remittance remittance) {
        return post(remittance, r -> { });
    }

    /**
     * As {@link #post(Remittance)}, with {@code audit} run inside the posting's transaction (after the remittance is
     * written): a failure of either leaves neither.
     */
    public PostingResult post(Remittance remittance, Consumer<RemittanceView> audit) {
        List<Imbalance> imbalances = remittance.imbalances();
        if (!imbalances.isEmpty()) {
            throw new UnbalancedRemittanceException(imbalances);
        }
        String fingerprint = remittance.fingerprint();
        return inTransaction(remittance, fingerprint, () -> writer.takeOrReplay(remittance, fingerprint), audit);
    }

    /**
     * Takes the remittance, quarantining it when it does not balance: stored with every imbalance, nothing posted.
     *
     * @throws ProblemException 409 when a different remittance was taken under the same
     *     payer and trace number
     */
    public PostingResult take(Remittance remittance, Consumer<RemittanceView> audit) {
        List<Imbalance> imbalances = remittance.imbalances();
        String fingerprint = remittance.fingerprint();
        if (imbalances.isEmpty()) {
            return inTransaction(remittance, fingerprint, () -> writer.takeOrReplay(remittance, fingerprint), audit);
        }
        LOG.warnf("Remittance of payer %s, trace %s does not balance: quarantined (%s)", remittance.payerId(),
                remittance.traceNumber(), String.join("; ", imbalances.stream()
                        .map(i -> i.location() + " " + i.rule() + " difference " + i.difference()).toList()));
        return inTransaction(remittance, fingerprint,
                () -> writer.quarantineOrReplay(remittance, fingerprint, imbalances), audit);
    }

    private PostingResult inTransaction(Remittance remittance, String fingerprint, Callable<PostingResult> work,
            Consumer<RemittanceView> audit) {
        for (int attempt = 1;; attempt++) {
            try {
                PostingResult result = QuarkusTransaction.requiringNew().call(() -> audited(work.call(), audit));
                LOG.infof("Remittance %s (payer %s, trace %s) %s", result.remittance().remittanceId(), remittance.payerId(),
                        remittance.traceNumber(), result.created() ? result.remittance().status().name().toLowerCase(Locale.ROOT)
                                : "was already received: replayed");
                return result;
            } catch (RuntimeException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    // A concurrent request took the same natural key first and has committed: answer as a resend.
                    return QuarkusTransaction.requiringNew().call(() -> writer.replay(remittance, fingerprint)
                            .map(r -> audited(r, audit))).orElseThrow(() -> e);
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

    private static PostingResult audited(PostingResult result, Consumer<RemittanceView> audit) {
        audit.accept(result.remittance());
        return result;
    }
}
