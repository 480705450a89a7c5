package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Row of the {@code patient_statement} table: a statement as it was sent, its PDF included. */
@Entity
@Table(name = "patient_statement")
public class PatientStatementEntity {

    @Id
    public UUID id;
    @Column(name = "billing_provider_npi", nullable = false)
    public String billingProviderNpi;
    @Column(name = "patient_id", nullable = false)
    public String patientId;
    @Column(name = "statement_date", nullable = false)
    public LocalDate statementDate;
    @Column(name = "amount_due", nullable = false, precision = 14, scale = 2)
    public BigDecimal amountDue;
    @Column(name = "claim_count", nullable = false)
    public int claimCount;
    @Column(nullable = false)
    public byte[] pdf;
    @Column(nullable = false)
    public String actor;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
