package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.domain.ExpectedLine;
import io.openrcm.reimbursement.persistence.ClaimLocks;
import io.openrcm.reimbursement.persistence.ClaimPaymentStore;
import io.openrcm.reimbursement.persistence.ExpectedClaimStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Use case: records the claims we expect payments for, once per claim id, and posts the claim payments that arrived
 * before their claim did, in the same transaction.
 */
@ApplicationScoped
public class ExpectedClaims {

    private static final Logger LOG = Logger.getLogger(ExpectedClaims.class);

    private final ExpectedClaimStore claims;
    private final ClaimPaymentStore payments;
    private final ClaimLocks locks;
    private final ClaimPaymentPoster poster;
    private final Clock clock;

    @Inject
    public ExpectedClaims(ExpectedClaimStore claims, ClaimPaymentStore payments, ClaimLocks locks,
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
        locks.lock(claim.claimId());
        if (claims.exists(claim.claimId())) {
            LOG.infof("Claim %s is already expected; event %s changes nothing", claim.claimId(), claim.sourceEventId());
            return false;
        }
        ExpectedClaim expected = toDomain(claim, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        claims.insert(expected);
        List<ClaimPaymentPosting> waiting = payments.waiting(claim.claimId());
        waiting.forEach(payment -> poster.waited(payment, expected));
        LOG.infof("Expecting claim %s (payer %s, charge %s); %d waiting payment(s) posted", claim.claimId(),
                claim.payerId(), claim.totalCharge(), waiting.size());
        return true;
    }

    private static ExpectedClaim toDomain(NewExpectedClaim c, Instant recordedAt) {
        return new ExpectedClaim(c.claimId(), c.encounterId(), c.payerId(), c.billingProviderNpi(), c.patientId(),
                c.dateOfService(), c.totalCharge(), c.lines().stream().map(l -> new ExpectedLine(l.lineNumber(),
                        l.code(), l.modifiers(), l.dateOfService(), l.charge(), l.units())).toList(),
                c.correlationId(), c.sourceEventId(), recordedAt);
    }
}
