package io.openrcm.reimbursement.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code expected_claim}: a claim claim-service submitted, which a remittance may pay. Written once. */
@Entity
@Table(name = "expected_claim")
public class ExpectedClaimEntity {

    @Id
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "encounter_id")
    public String encounterId;
    @Column(name = "payer_id", nullable = false)
    public String payerId;
    @Column(name = "billing_provider_npi")
    public String billingProviderNpi;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    @Column(name = "total_charge", nullable = false, precision = 14, scale = 2)
    public BigDecimal totalCharge;
    /** The correlation id of the claim-submitted event; every PaymentPosted for this claim carries it. */
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "expected_claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    public List<ExpectedClaimLineColumns> lines = new ArrayList<>();
}
