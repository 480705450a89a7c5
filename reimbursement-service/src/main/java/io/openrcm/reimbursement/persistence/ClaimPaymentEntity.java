package io.openrcm.reimbursement.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Row of {@code claim_payment}: what one remittance says about one claim, unique per (remittance, claim, occurrence).
 * Only its status moves, once, from UNMATCHED to POSTED; the amounts are never changed.
 */
@Entity
@Table(name = "claim_payment")
public class ClaimPaymentEntity {

    @Id
    public UUID id;
    @Column(name = "remittance_id", nullable = false)
    public UUID remittanceId;
    /** Position in the remittance, from 0. */
    @Column(name = "claim_index", nullable = false)
    public int claimIndex;
    @Column(name = "claim_id", nullable = false)
    public String claimId;
    /** How many earlier payments in the same remittance are for the same claim. */
    @Column(name = "occurrence", nullable = false)
    public int occurrence;
    @Column(name = "claim_status_code", nullable = false)
    public String claimStatusCode;
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @Column(name = "charge_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal chargeAmount;
    @Column(name = "paid_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal paidAmount;
    @Column(name = "patient_responsibility", nullable = false, precision = 14, scale = 2)
    public BigDecimal patientResponsibility;
    /** POSTED or UNMATCHED. */
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "unmatched_reason")
    public String unmatchedReason;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "posted_at")
    public Instant postedAt;

    /** Claim-level remark codes (RARC), comma-separated. */
    @Column(name = "remark_codes", nullable = false)
    public String remarkCodes = "";
    /** CARC/RARC codes not in the loaded code lists, comma-separated: stored, not refused. */
    @Column(name = "unknown_codes", nullable = false)
    public String unknownCodes = "";
    @Column(name = "denial_category")
    public String denialCategory;
    @Column(name = "allowed_amount", precision = 14, scale = 2)
    public BigDecimal allowedAmount;
    @Column(name = "expected_allowed", precision = 14, scale = 2)
    public BigDecimal expectedAllowed;
    @Column(name = "underpaid_amount", precision = 14, scale = 2)
    public BigDecimal underpaidAmount;
    /** The posted claim payment this reversal (CLP02 = 22) takes back. */
    @Column(name = "reversal_of")
    public UUID reversalOf;
    @Column(name = "service_date")
    public LocalDate serviceDate;

    @ElementCollection
    @CollectionTable(name = "claim_adjustment", joinColumns = @JoinColumn(name = "claim_payment_id"))
    @OrderColumn(name = "seq")
    public List<AdjustmentColumns> adjustments = new ArrayList<>();
}
