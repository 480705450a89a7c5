package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Row of the {@code claim_payment} table: a payment applied to a claim, at most once per payment id. */
@Entity
@Table(name = "claim_payment")
public class ClaimPaymentEntity {

    @Id
    @Column(name = "payment_id")
    public UUID paymentId;
    @Column(name = "claim_id", nullable = false)
    public UUID claimId;
    @Column(name = "claim_status_code")
    public String claimStatusCode;
    @Column(name = "paid_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal paidAmount;
    @Column(name = "patient_responsibility", nullable = false, precision = 14, scale = 2)
    public BigDecimal patientResponsibility;
    @Column(name = "adjustment_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal adjustmentAmount;
    /** Comma-separated {@code <group>-<CARC>} codes. */
    @Column(name = "reason_codes", nullable = false)
    public String reasonCodes;
    @Column(name = "reversal_of")
    public UUID reversalOf;
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
