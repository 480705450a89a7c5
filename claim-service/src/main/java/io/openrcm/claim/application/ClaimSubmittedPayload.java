package io.openrcm.claim.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of ClaimSubmitted v1 on rcm.claims.claim-submitted.v1; schema events/claim-submitted.v1.schema.json.
 * Amounts are decimal strings with two decimals.
 *
 * @param claimId the claim (also CLM01 of the 837)
 * @param encounterId the encounter it bills
 * @param patientId the patient's id
 * @param payerId the payer it was submitted to
 * @param billingProviderNpi the billing provider
 * @param dateOfService the date of service
 * @param totalCharge the sum of the line charges
 * @param lines the priced lines
 * @param submittedAt when it was submitted
 * @param submissionId the 837P interchange that carried it
 * @param frequencyCode "1" original, "7" replacement, "8" void
 * @param originalClaimId the corrected claim; null for an original
 * @param payerClaimControlNumber the corrected claim's payer claim control number (REF*F8); null for an original
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClaimSubmittedPayload(String claimId, String encounterId, String patientId, String payerId,
        String billingProviderNpi, LocalDate dateOfService, String totalCharge, List<Line> lines,
        Instant submittedAt, String submissionId, String frequencyCode, String originalClaimId,
        String payerClaimControlNumber) {

    /**
     * One priced line.
     *
     * @param lineNumber 1-based line number
     * @param code CPT or HCPCS code
     * @param modifiers modifiers in order
     * @param units whole units
     * @param charge unit fee × units
     * @param dateOfService the line's date of service
     */
    public record Line(int lineNumber, String code, List<String> modifiers, int units, String charge,
            LocalDate dateOfService) {
    }
}
