package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.domain.ExpectedLine;
import io.openrcm.reimbursement.persistence.ClaimLocks;
import io.openrcm.reimbursement.persistence.ClaimPaymentStore;
import io.openrcm.reimbursement.persistence.ExpectedClaimRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Use case: records the claims we expect payments for, once per claim id, and posts the claim payments that arrived
 * before their claim did, in the same transaction. A batch is recorded in one pass: one lock statement, one insert of
 * the claims not known yet (which tells which ones they were), one batched insert of their lines, one read of the
 * waiting payments.
 */
@ApplicationScoped
public class ExpectedClaims {

    private static final Logger LOG = Logger.getLogger(ExpectedClaims.class);

    private final ExpectedClaimRows claims;
    private final ClaimPaymentStore payments;
    private final ClaimLocks locks;
    private final ClaimPaymentPoster poster;
    private final Clock clock;

    @Inject
    public ExpectedClaims(ExpectedClaimRows claims, ClaimPaymentStore payments, ClaimLocks locks,
            ClaimPaymentPoster poster, Clock clock) {
        this.claims = claims;
        this.payments = payments;
        this.locks = locks;
        this.poster = poster;
        this.clock = clock;
    }

    /**
     * Records the claim unless it is known already, then posts its waiting payments.
     *
     * @return false when the claim was already recorded (nothing changed)
     */
    @Transactional
    public boolean record(NewExpectedClaim claim) {
        return recordAll(List.of(claim)) == 1;
    }

    /**
     * Records the claims not known yet, then posts their waiting payments; as if recorded one by one in the given
     * order: of two announcements of one claim id the first is kept, and a claim known already changes nothing.
     *
     * @return how many claims were recorded
     */
    @Transactional
    public int recordAll(List<NewExpectedClaim> announced) {
        if (announced.isEmpty()) {
            return 0;
        }
        Map<String, NewExpectedClaim> firsts = new LinkedHashMap<>();
        announced.forEach(c -> firsts.putIfAbsent(c.claimId(), c));
        // Sorted, so two transactions (claim-submitted batches, remittances) lock shared claims in the same order.
        List<String> ids = firsts.keySet().stream().sorted().toList();
        locks.lockAll(ids);
        Instant recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<ExpectedClaim> announcedOnce = new ArrayList<>(firsts.size());
        firsts.values().forEach(c -> announcedOnce.add(toDomain(c, recordedAt)));
        List<ExpectedClaim> fresh = claims.insertNew(announcedOnce);
        Map<String, List<ClaimPaymentPosting>> waiting = payments.waiting(
                fresh.stream().map(ExpectedClaim::claimId).toList());
        int posted = 0;
        for (ExpectedClaim expected : fresh) {
            for (ClaimPaymentPosting payment : waiting.getOrDefault(expected.claimId(), List.of())) {
                poster.waited(payment, expected);
                posted++;
            }
        }
        LOG.infof("Recorded %d expected claim(s) from %d event(s) (%d already known, %d repeated in the batch);"
                + " %d waiting payment(s) posted", fresh.size(), announced.size(), firsts.size() - fresh.size(),
                announced.size() - firsts.size(), posted);
        return fresh.size();
    }

    private static ExpectedClaim toDomain(NewExpectedClaim c, Instant recordedAt) {
        return new ExpectedClaim(c.claimId(), c.encounterId(), c.payerId(), c.billingProviderNpi(), c.patientId(),
                c.dateOfService(), c.totalCharge(), c.lines().stream().map(l -> new ExpectedLine(l.lineNumber(),
                        l.code(), l.modifiers(), l.dateOfService(), l.charge(), l.units())).toList(),
                c.correlationId(), c.sourceEventId(), recordedAt);
    }
}
