package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.persistence.ClaimLocks;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
import io.openrcm.reimbursement.persistence.ClaimPaymentRepository;
import io.openrcm.reimbursement.persistence.ExpectedClaimEntity;
import io.openrcm.reimbursement.persistence.ExpectedClaimLineColumns;
import io.openrcm.reimbursement.persistence.ExpectedClaimRepository;
import io.openrcm.reimbursement.persistence.RemittanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Records the claims we expect payments for, once per claim id, and posts the claim payments that arrived before
 * their claim did, in the same transaction.
 */
@ApplicationScoped
public class ExpectedClaims {

    private static final Logger LOG = Logger.getLogger(ExpectedClaims.class);

    @Inject
    ExpectedClaimRepository claims;
    @Inject
    ClaimPaymentRepository payments;
    @Inject
    RemittanceRepository remittances;
    @Inject
    ClaimLocks locks;
    @Inject
    ClaimPaymentPoster poster;
    @Inject
    Clock clock;

    /**
     * Records the claim unless it is known already, then posts its waiting payments.
     *
     * @return false when the claim was already recorded (nothing changed)
     */
    @Transactional
    public boolean record(NewExpectedClaim claim) {
        locks.lock(claim.claimId());
        if (claims.findByIdOptional(claim.claimId()).isPresent()) {
            LOG.infof("Claim %s is already expected; event %s changes nothing", claim.claimId(), claim.sourceEventId());
            return false;
        }
        ExpectedClaimEntity row = toRow(claim);
        claims.persist(row);
        List<ClaimPaymentEntity> waiting = payments.findWaiting(claim.claimId());
        for (ClaimPaymentEntity payment : waiting) {
            poster.post(payment, remittances.findById(payment.remittanceId), row);
        }
        LOG.infof("Expecting claim %s (payer %s, charge %s); %d waiting payment(s) posted", claim.claimId(),
                claim.payerId(), claim.totalCharge(), waiting.size());
        return true;
    }

    private ExpectedClaimEntity toRow(NewExpectedClaim claim) {
        ExpectedClaimEntity row = new ExpectedClaimEntity();
        row.claimId = claim.claimId();
        row.encounterId = claim.encounterId();
        row.payerId = claim.payerId();
        row.billingProviderNpi = claim.billingProviderNpi();
        row.patientId = claim.patientId();
        row.dateOfService = claim.dateOfService();
        row.totalCharge = claim.totalCharge().amount();
        row.correlationId = claim.correlationId();
        row.sourceEventId = claim.sourceEventId();
        row.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        for (NewExpectedClaim.Line line : claim.lines()) {
            ExpectedClaimLineColumns columns = new ExpectedClaimLineColumns();
            columns.lineNumber = line.lineNumber();
            columns.code = line.code();
            columns.modifiers = String.join(",", line.modifiers());
            columns.units = line.units();
            columns.charge = line.charge().amount();
            columns.dateOfService = line.dateOfService();
            row.lines.add(columns);
        }
        return row;
    }
}
