package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.PaymentPosting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/** Records the payments applied to claims, at most once per payment id. */
@ApplicationScoped
public class ClaimPaymentStore {

    private final ClaimPaymentRepository payments;

    @Inject
    public ClaimPaymentStore(ClaimPaymentRepository payments) {
        this.payments = payments;
    }

    /** True when the payment was applied already. */
    public boolean isApplied(UUID paymentId) {
        return payments.isApplied(paymentId);
    }

    /**
     * Records a payment applied to the claim and flushes, so a concurrent twin fails here on the payment id's key
     * rather than at commit.
     */
    public void record(PaymentPosting posting, UUID claimId, UUID eventId, Instant at) {
        ClaimPaymentEntity row = new ClaimPaymentEntity();
        row.paymentId = posting.paymentId();
        row.claimId = claimId;
        row.claimStatusCode = posting.claimStatusCode();
        row.paidAmount = posting.paidAmount().amount();
        row.patientResponsibility = posting.patientResponsibility().amount();
        row.adjustmentAmount = posting.nonPatientAdjustmentTotal().amount();
        row.reasonCodes = String.join(",", posting.reasonCodes());
        row.reversalOf = posting.reversalOf();
        row.payerClaimControlNumber = posting.payerClaimControlNumber();
        row.eventId = eventId;
        row.appliedAt = at;
        payments.persistAndFlush(row);
    }
}
