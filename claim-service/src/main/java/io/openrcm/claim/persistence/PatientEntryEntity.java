package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Row of the append-only {@code patient_entry} table: a patient payment, refund or write-off on a claim. */
@Entity
@Table(name = "patient_entry")
public class PatientEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "billing_provider_npi", nullable = false)
    public String billingProviderNpi;
    @Column(nullable = false)
    public String reference;
    @Column(name = "claim_id", nullable = false)
    public UUID claimId;
    @Column(name = "patient_id", nullable = false)
    public String patientId;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;
    public String note;
    @Column(nullable = false)
    public String actor;
    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;
}
