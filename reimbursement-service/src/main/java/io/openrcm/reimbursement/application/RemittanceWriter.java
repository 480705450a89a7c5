package io.openrcm.reimbursement.application;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.ReceivedRemittance;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.domain.RemittanceStatus;
import io.openrcm.reimbursement.persistence.ClaimLocks;
import io.openrcm.reimbursement.persistence.ClaimPaymentStore;
import io.openrcm.reimbursement.persistence.ExpectedClaimRows;
import io.openrcm.reimbursement.persistence.RemittanceStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional work of taking one remittance: store it and post what can be posted, quarantine it when it does
 * not balance, or replay the earlier result.
 */
@ApplicationScoped
class RemittanceWriter {

    private final RemittanceStore remittances;
    private final ClaimPaymentStore payments;
    private final ExpectedClaimRows expectedClaims;
    private final ClaimLocks locks;
    private final ClaimPaymentPoster poster;
    private final Clock clock;

    @Inject
    RemittanceWriter(RemittanceStore remittances, ClaimPaymentStore payments, ExpectedClaimRows expectedClaims,
            ClaimLocks locks, ClaimPaymentPoster poster, Clock clock) {
        this.remittances = remittances;
        this.payments = payments;
        this.expectedClaims = expectedClaims;
        this.locks = locks;
        this.poster = poster;
        this.clock = clock;
    }

    /** Takes a new remittance, or answers with the one already taken under its natural key. */
    @Transactional(Transactional.TxType.MANDATORY)
    PostingResult takeOrReplay(Remittance remittance, String fingerprint) {
        Optional<PostingResult> earlier = replay(remittance, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        ReceivedRemittance stored = remittances.insert(remittance, fingerprint, RemittanceStatus.TAKEN, List.of(),
                now);

        List<String> claimIds = remittance.claims().stream().map(ClaimPayment::claimId).distinct().sorted().toList();
        locks.lockAll(claimIds); // sorted, so two remittances lock shared claims in the same order
        Map<String, ExpectedClaim> known = expectedClaims.findKnown(claimIds);

        List<Integer> occurrences = remittance.occurrences();
        List<ClaimPaymentPosting> postings = new ArrayList<>(remittance.claims().size());
        for (int i = 0; i < remittance.claims().size(); i++) {
            ClaimPayment payment = remittance.claims().get(i);
            postings.add(ClaimPaymentPosting.receive(UUID.randomUUID(), stored.ref(), i, occurrences.get(i), payment,
                    now));
        }
        poster.receivedAll(postings, known);
        return new PostingResult(true, RemittanceView.of(stored, postings));
    }

    /** Stores an unbalanced remittance as quarantined with its imbalances; nothing is posted. */
    @Transactional(Transactional.TxType.MANDATORY)
    PostingResult quarantineOrReplay(Remittance remittance, String fingerprint, List<Imbalance> imbalances) {
        Optional<PostingResult> earlier = replay(remittance, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ReceivedRemittance stored = remittances.insert(remittance, fingerprint, RemittanceStatus.QUARANTINED,
                imbalances, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        return new PostingResult(true, RemittanceView.of(stored, List.of()));
    }

    /**
     * The earlier result when this remittance was taken or quarantined before: the same one again is answered with
     * it and posts nothing; a different one under a taken natural key is a conflict.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<PostingResult> replay(Remittance remittance, String fingerprint) {
        Optional<ReceivedRemittance> taken = remittances.findTaken(remittance.payerId(), remittance.traceNumber());
        if (taken.isPresent()) {
            ReceivedRemittance stored = taken.get();
            if (!stored.fingerprint().equals(fingerprint)) {
                throw ProblemException.conflict("remittance-conflict", "Remittance " + stored.id() + " was already"
                        + " taken for payer " + stored.payerId() + " and trace number " + stored.traceNumber()
                        + " with different content; a correction needs a new trace number");
            }
            return Optional.of(new PostingResult(false, RemittanceView.of(stored,
                    payments.ofRemittance(stored.id()))));
        }
        return remittances.findQuarantined(remittance.payerId(), remittance.traceNumber(), fingerprint)
                .map(stored -> new PostingResult(false, RemittanceView.of(stored, List.of())));
    }
}
