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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code claim_payment_line}: one service line of a claim payment, matched to our line when possible. */
@Entity
@Table(name = "claim_payment_line")
public class ClaimPaymentLineEntity {

    @Id
    public UUID id;
    @Column(name = "claim_payment_id", nullable = false)
    public UUID claimPaymentId;
    @Column(name = "line_index", nullable = false)
    public int lineIndex;
    /** Our line number; null while unmatched. */
    @Column(name = "line_number")
    public Integer lineNumber;
    @Column(name = "qualifier")
    public String qualifier;
    @Column(name = "code", nullable = false)
    public String code;
    @Column(name = "modifiers", nullable = false)
    public String modifiers;
    @Column(name = "original_code")
    public String originalCode;
    @Column(name = "original_modifiers", nullable = false)
    public String originalModifiers;
    @Column(name = "charge", nullable = false, precision = 14, scale = 2)
    public BigDecimal charge;
    @Column(name = "paid", nullable = false, precision = 14, scale = 2)
    public BigDecimal paid;
    @Column(name = "units", nullable = false, precision = 15, scale = 3)
    public BigDecimal units;
    @Column(name = "revenue_code")
    public String revenueCode;
    @Column(name = "service_date")
    public LocalDate serviceDate;
    @Column(name = "remark_codes", nullable = false)
    public String remarkCodes;
    @Column(name = "line_control_number")
    public String lineControlNumber;
    @Column(name = "payer_allowed", precision = 14, scale = 2)
    public BigDecimal payerAllowed;
    @Column(name = "allowed_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal allowedAmount;
    @Column(name = "expected_allowed", precision = 14, scale = 2)
    public BigDecimal expectedAllowed;
    @Column(name = "underpaid_amount", precision = 14, scale = 2)
    public BigDecimal underpaidAmount;
    @Column(name = "denial_category")
    public String denialCategory;

    @ElementCollection
    @CollectionTable(name = "claim_line_adjustment", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "seq")
    public List<AdjustmentColumns> adjustments = new ArrayList<>();
}
