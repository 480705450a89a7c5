package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Row of {@code remittance_imbalance}: one balancing rule a quarantined remittance breaks, and by how much. */
@Embeddable
public class ImbalanceColumns {

    @Column(name = "rule", nullable = false)
    public String rule;
    @Column(name = "claim_index", nullable = false)
    public int claimIndex;
    @Column(name = "line_index", nullable = false)
    public int lineIndex;
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "stated", nullable = false, precision = 14, scale = 2)
    public BigDecimal stated;
    @Column(name = "computed", nullable = false, precision = 14, scale = 2)
    public BigDecimal computed;
    @Column(name = "difference", nullable = false, precision = 14, scale = 2)
    public BigDecimal difference;
    @Column(name = "message", nullable = false)
    public String message;
}
