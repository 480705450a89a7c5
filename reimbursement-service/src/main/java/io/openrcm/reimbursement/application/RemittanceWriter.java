package io.openrcm.reimbursement.application;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.persistence.ClaimLocks;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
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
import java.util.UUID;

/** The transactional work of taking one remittance: store it, post what can be posted, or replay the earlier result. */
@ApplicationScoped
class RemittanceWriter {

    @Inject
    RemittanceRepository remittances;
    @Inject
    ClaimPaymentRepository payments;
    @Inject
    ExpectedClaimRepository expectedClaims;
    @Inject
    ClaimLocks locks;
    @Inject
    ClaimPaymentPoster poster;
    @Inject
    RemittanceQueries queries;
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
        RemittanceEntity row = new RemittanceEntity();
        row.id = UUID.randomUUID();
        row.payerId = remittance.payerId();
        row.traceNumber = remittance.traceNumber();
        row.paymentDate = remittance.paymentDate();
        row.paymentMethod = remittance.paymentMethod().name();
        row.totalPaid = remittance.totalPaid().amount();
        row.fingerprint = fingerprint;
        row.receivedAt = now;
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
            ExpectedClaimEntity claim = known.get(payment.claimId());
            if (claim != null) {
                poster.post(paymentRow, row, claim);
            }
            stored.add(paymentRow);
        }
        return new PostingResult(true, RemittanceQueries.view(row, stored));
    }

    /**
     * The earlier result when a remittance with this natural key was taken before: the same one again is answered
     * with it and posts nothing; a different one is a conflict.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<PostingResult> replay(Remittance remittance, String fingerprint) {
        Optional<RemittanceEntity> existing = remittances.findByNaturalKey(remittance.payerId(),
                remittance.traceNumber());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        RemittanceEntity row = existing.get();
        if (!row.fingerprint.equals(fingerprint)) {
            throw ProblemException.conflict("remittance-conflict", "Remittance " + row.id + " was already taken for"
                    + " payer " + row.payerId + " and trace number " + row.traceNumber
                    + " with different content; a correction needs a new trace number");
        }
        return Optional.of(new PostingResult(false, RemittanceQueries.view(row, payments.findByRemittance(row.id))));
    }
}
