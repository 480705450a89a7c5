package io.openrcm.claim.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of the {@code claim} table, with its diagnoses and lines; mapped to and from the domain by {@link ClaimStore}. */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    public UUID id;
    @Column(name = "encounter_id", nullable = false)
    public UUID encounterId;
    @Column(name = "ehr_encounter_id")
    public String ehrEncounterId;
    @Column(nullable = false)
    public String status;
    @Column(name = "patient_id", nullable = false)
    public String patientId;
    @Column(name = "patient_first_name")
    public String patientFirstName;
    @Column(name = "patient_last_name", nullable = false)
    public String patientLastName;
    @Column(name = "patient_birth_date", nullable = false)
    public LocalDate patientBirthDate;
    @Column(name = "patient_sex", nullable = false)
    public String patientSex;
    @Column(name = "subscriber_member_id", nullable = false)
    public String subscriberMemberId;
    @Column(name = "payer_id", nullable = false)
    public String payerId;
    @Column(name = "billing_provider_npi", nullable = false)
    public String billingProviderNpi;
    @Column(name = "rendering_provider_npi")
    public String renderingProviderNpi;
    @Column(name = "place_of_service", nullable = false)
    public String placeOfService;
    @Column(name = "date_of_service", nullable = false)
    public LocalDate dateOfService;
    @Column(name = "total_charge", nullable = false, precision = 12, scale = 2)
    public BigDecimal totalCharge;
    @Column(name = "paid_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal paidAmount;
    @Column(name = "adjustment_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal adjustmentAmount;
    @Column(name = "patient_responsibility", nullable = false, precision = 12, scale = 2)
    public BigDecimal patientResponsibility;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "claim_diagnosis", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("sequence")
    public List<ClaimDiagnosisEmbeddable> diagnoses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("lineNumber")
    public List<ClaimLineEmbeddable> lines = new ArrayList<>();
}
