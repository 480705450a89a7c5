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
    @Column(name = "total_charge", nullable = false, precision = 14, scale = 2)
    public BigDecimal totalCharge;
    @Column(name = "paid_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal paidAmount;
    @Column(name = "adjustment_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal adjustmentAmount;
    @Column(name = "patient_responsibility", nullable = false, precision = 14, scale = 2)
    public BigDecimal patientResponsibility;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "frequency_code", nullable = false)
    public String frequencyCode = "1";
    @Column(name = "original_claim_id")
    public UUID originalClaimId;
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @Column(name = "corrected_payer_claim_control_number")
    public String correctedPayerClaimControlNumber;
    @Column(name = "service_signature", nullable = false)
    public String serviceSignature = "";
    /** JSON array of {code, message}: the last scrub's findings or the payer's rejection reasons. */
    @Column(nullable = false)
    public String findings = "[]";
    @Column(name = "work_queued_at")
    public Instant workQueuedAt;
    @Column(name = "ever_scrub_failed", nullable = false)
    public boolean everScrubFailed;
    @Column(name = "ever_rejected", nullable = false)
    public boolean everRejected;
    @Column(name = "ever_accepted", nullable = false)
    public boolean everAccepted;
    @Column(name = "adjudicated_at")
    public Instant adjudicatedAt;
    /** True when the payer's first adjudication denied it (the initial denial HFMA counts). */
    @Column(nullable = false)
    public boolean denied;
    @Column(name = "submission_count", nullable = false)
    public int submissionCount;
    @Column(name = "last_submission_id")
    public UUID lastSubmissionId;
    /** A payment arrived after the claim was closed. */
    @Column(name = "posted_after_close", nullable = false)
    public boolean postedAfterClose;
    /** JSON of the patient's address; null when not known. */
    @Column(name = "patient_address")
    public String patientAddress;
    /** JSON array of the coverages in order of payment; empty for a claim stored before coverages. */
    @Column(nullable = false)
    public String coverages = "[]";
    /** JSON array of the payers' decisions (coordination of benefits). */
    @Column(nullable = false)
    public String adjudications = "[]";
    @Column(nullable = false)
    public String responsibility = "PRIMARY";
    @Column(name = "crossed_over", nullable = false)
    public boolean crossedOver;
    /** CREDIT_BALANCE or POSTED_AFTER_CLOSE while the claim's money waits for a person; null otherwise. */
    @Column(name = "review_reason")
    public String reviewReason;
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
