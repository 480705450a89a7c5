package io.openrcm.claim.api;

import io.openrcm.claim.domain.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim as {@code GET /claims/{id}} shows it: what it bills, its status, balance, history and payments. Amounts
 * are decimal strings with two decimals.
 *
 * @param claimId the claim id (CLM01)
 * @param encounterId the encounter it bills
 * @param ehrEncounterId the EHR's encounter id
 * @param status current status
 * @param patient the patient
 * @param subscriberMemberId the insured's member id
 * @param payerId the payer
 * @param billingProviderNpi the billing provider
 * @param renderingProviderNpi the rendering provider
 * @param placeOfService CMS place of service code
 * @param dateOfService date of service
 * @param diagnoses diagnoses in claim order
 * @param lines priced lines
 * @param balance the balance
 * @param statusHistory every status change, oldest first
 * @param payments payments applied, oldest first
 * @param correlationId the flow it belongs to
 * @param createdAt when it was created
 * @param submittedAt when it was submitted
 * @param updatedAt when it last changed
 * @param frequencyCode 1 original, 7 replacement, 8 void
 * @param originalClaimId the claim a replacement or void corrects
 * @param payerClaimControlNumber the payer's claim control number (learned from its remittance or 277CA)
 * @param findings the last scrub's findings, or the payer's rejection reasons
 * @param submissionCount how many times it went out in an 837P
 * @param lastSubmissionId the interchange that last carried it
 */
public record ClaimView(UUID claimId, UUID encounterId, String ehrEncounterId, String status, Patient patient,
        String subscriberMemberId, String payerId, String billingProviderNpi, String renderingProviderNpi,
        String placeOfService, LocalDate dateOfService, List<Diagnosis> diagnoses, List<Line> lines,
        BalanceView balance, List<StatusChange> statusHistory, List<Payment> payments, String correlationId,
        Instant createdAt, Instant submittedAt, Instant updatedAt, String frequencyCode, UUID originalClaimId,
        String payerClaimControlNumber, List<Finding> findings, int submissionCount,
        UUID lastSubmissionId) {

    /** The patient. */
    public record Patient(String id, String firstName, String lastName, LocalDate birthDate, String sex) {
    }

    /** One diagnosis. */
    public record Diagnosis(int sequence, String code) {
    }

    /** One priced line. */
    public record Line(int lineNumber, String code, String codeSystem, List<String> modifiers, int units,
            List<Integer> diagnosisPointers, String unitFee, String charge, LocalDate dateOfService) {
    }

    /** One status change. */
    public record StatusChange(String fromStatus, String toStatus, String reason, List<String> reasonCodes,
            UUID paymentId, Instant changedAt) {
    }

    /** One applied payment. */
    public record Payment(UUID paymentId, String claimStatusCode, String paidAmount, String patientResponsibility,
            String adjustmentAmount, List<String> reasonCodes, Instant appliedAt) {
    }
}
