package io.openrcm.claim.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of ClaimStatusChanged v1 on rcm.claims.claim-status.v1; schema events/claim-status-changed.v1.schema.json.
 * Amounts are decimal strings with two decimals; the balance figures are those after the change.
 *
 * @param claimId the claim
 * @param encounterId the encounter it bills
 * @param payerId its payer
 * @param billingProviderNpi its billing provider
 * @param fromStatus the previous status; null when the claim was just created
 * @param toStatus the new status
 * @param reason a sentence saying why
 * @param reasonCodes adjustment reasons as {@code <group>-<CARC>}; empty when no remittance caused the change
 * @param totalCharge the total charge
 * @param paidAmount paid so far
 * @param adjustmentAmount non-patient adjustments so far
 * @param patientResponsibility patient responsibility so far
 * @param outstanding what remains, never negative (0.00 when more was posted than the charge)
 * @param changedAt when
 * @param renderingProviderNpi the rendering provider; may be null
 * @param dateOfService the date of service
 * @param submittedAt when it last went out; null before
 * @param frequencyCode "1" original, "7" replacement, "8" void
 * @param denialCategory the payer's denial category when a denial caused the change; null otherwise
 * @param creditBalance what was posted beyond the charge, to be refunded; "0.00" when nothing was
 * @param workQueue CREDIT_BALANCE or POSTED_AFTER_CLOSE when the claim's money now waits for a person; else null
 * @param responsibility who the claim's balance is with after the change: PRIMARY, SECONDARY, TERTIARY or PATIENT
 * @param patientBalance what the patient owes after the change (0.00 while a payer has the claim)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClaimStatusChangedPayload(String claimId, String encounterId, String payerId,
        String billingProviderNpi, String fromStatus, String toStatus, String reason, List<String> reasonCodes,
        String totalCharge, String paidAmount, String adjustmentAmount, String patientResponsibility,
        String outstanding, Instant changedAt, String renderingProviderNpi, LocalDate dateOfService,
        Instant submittedAt, String frequencyCode, String denialCategory, String creditBalance, String workQueue,
        String responsibility, String patientBalance) {
}
