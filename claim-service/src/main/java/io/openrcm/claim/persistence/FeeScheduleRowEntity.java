package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Row of the {@code fee_schedule_row} table; a null billing provider NPI marks the default schedule. */
@Entity
@Table(name = "fee_schedule_row")
public class FeeScheduleRowEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "billing_provider_npi")
    public String billingProviderNpi;
    @Column(nullable = false)
    public String code;
    public String modifier;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal charge;
}
