package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Row of {@code provider_adjustment}: one PLB adjustment of a remittance, kept at provider level. */
@Embeddable
public class ProviderAdjustmentColumns {

    @Column(name = "provider_id")
    public String providerId;
    @Column(name = "fiscal_period_date")
    public LocalDate fiscalPeriodDate;
    @Column(name = "reason_code", nullable = false)
    public String reasonCode;
    @Column(name = "reference")
    public String reference;
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;
}
