package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Row of {@code claim_adjustment}: one adjustment of a claim payment, kept so a waiting payment can be posted. */
@Embeddable
public class AdjustmentColumns {

    @Column(name = "group_code", nullable = false)
    public String groupCode;
    @Column(name = "reason_code", nullable = false)
    public String reasonCode;
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    public AdjustmentColumns() {
    }

    public AdjustmentColumns(String groupCode, String reasonCode, BigDecimal amount) {
        this.groupCode = groupCode;
        this.reasonCode = reasonCode;
        this.amount = amount;
    }
}
