package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Row of {@code payer_contract}: the allowed amount per unit we expect from a payer for a code, over a period. */
@Entity
@Table(name = "payer_contract")
public class PayerContractEntity {

    @Id
    public UUID id;
    @Column(name = "payer_id", nullable = false)
    public String payerId;
    @Column(name = "code", nullable = false)
    public String code;
    /** One modifier, or '' for a rate that applies whatever the modifiers. */
    @Column(name = "modifier", nullable = false)
    public String modifier;
    @Column(name = "expected_allowed", nullable = false, precision = 14, scale = 2)
    public BigDecimal expectedAllowed;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
