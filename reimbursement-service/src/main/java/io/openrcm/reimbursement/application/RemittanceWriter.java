package io.openrcm.reimbursement.application;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.persistence.ClaimLocks;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
import io.openrcm.reimbursement.persistence.ClaimPaymentLineRepository;
import io.openrcm.reimbursement.persistence.ClaimPaymentRepository;
import io.openrcm.reimbursement.persistence.ExpectedClaimEntity;
import io.openrcm.reimbursement.persistence.ExpectedClaimRepository;
import io.openrcm.reimbursement.persistence.RemittanceEntity;
import io.openrcm.reimbursement.persistence.RemittanceRepository;
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

/**
 * The transactional work of taking one remittance: store it and post what can be posted, quarantine it when it does
 * not balance, or replay the earlier result.
 */
@ApplicationScoped
class RemittanceWriter {

    @Inject
    RemittanceRepository remittances;
    @Inject
    ClaimPaymentRepository payments;
    @Inject
    ClaimPaymentLineRepository lines;
    @Inject
    ExpectedClaimRepository expectedClaims;
    @Inject
    ClaimLocks locks;
    @Inject
    ClaimPaymentPoster poster;
    @Inject
    Clock clock;

    /** Takes a new remittance, or answers with the one already taken under its natural key. */
    @Transactional(Transactional.TxType.MANDATORY)
    PostingResult takeOrReplay(Remittance remittance, String fingerprint) {
        Optional<PostingResult> earlier = replay(remittance, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        RemittanceEntity row = RemittanceRows.newRow(remittance, fingerprint, "TAKEN", now);
        // Flushed at once: a concurrent twin fails here on the natural key, before any posting work.
        remittances.persistAndFlush(row);

        List<String> claimIds = remittance.claims().stream().map(ClaimPayment::claimId).distinct().sorted().toList();
        claimIds.forEach(locks::lock); // sorted, so two remittances lock shared claims in the same order
        Map<String, ExpectedClaimEntity> known = expectedClaims.findKnown(claimIds);

        List<Integer> occurrences = remittance.occurrences();
        List<ClaimPaymentEntity> stored = new ArrayList<>(remittance.claims().size());
        for (int i = 0; i < remittance.claims().size(); i++) {
            ClaimPayment payment = remittance.claims().get(i);
            ClaimPaymentEntity paymentRow = ClaimPayments.newRow(row.id, i, occurrences.get(i), payment, now);
            payments.persist(paymentRow);
            ClaimPayments.newLines(paymentRow.id, payment).forEach(lines::persist);
            ExpectedClaimEntity claim = known.get(payment.claimId());
            if (claim != null) {
                poster.post(paymentRow, row, claim);
            }
            stored.add(paymentRow);
        }
        return new PostingResult(true, RemittanceQueries.view(row, stored));
    }

    /** Stores an unbalanced remittance as quarantined with its imbalances; nothing is posted. */
    @Transactional(Transactional.TxType.MANDATORY)
    PostingResult quarantineOrReplay(Remittance remittance, String fingerprint, List<Imbalance> imbalances) {
        Optional<PostingResult> earlier = replay(remittance, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        RemittanceEntity row = RemittanceRows.newRow(remittance, fingerprint, "QUARANTINED",
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        RemittanceRows.addImbalances(row, remittance, imbalances);
        remittances.persistAndFlush(row);
        return new PostingResult(true, RemittanceQueries.view(row, List.of()));
    }

    /**
     * The earlier result when this remittance was taken or quarantined before: the same one again is answered with
     * it and posts nothing; a different one under a taken natural key is a conflict.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<PostingResult> replay(Remittance remittance, String fingerprint) {
        Optional<RemittanceEntity> taken = remittances.findTaken(remittance.payerId(), remittance.traceNumber());
        if (taken.isPresent()) {
            RemittanceEntity row = taken.get();
            if (!row.fingerprint.equals(fingerprint)) {
                throw ProblemException.conflict("remittance-conflict", "Remittance " + row.id + " was already taken"
                        + " for payer " + row.payerId + " and trace number " + row.traceNumber
                        + " with different content; a correction needs a new trace number");
            }
            return Optional.of(new PostingResult(false, RemittanceQueries.view(row,
                    payments.findByRemittance(row.id))));
        }
        return remittances.findQuarantined(remittance.payerId(), remittance.traceNumber(), fingerprint)
                .map(row -> new PostingResult(false, RemittanceQueries.view(row, List.of())));
    }
}
