package io.openrcm.bench;

import java.math.BigDecimal;
import java.util.List;

/**
 * A claim as its ClaimSubmitted event tells it, with when the event was published.
 *
 * @param claimId the claim id (CLM01)
 * @param encounterId the encounter it bills
 * @param patientId the EHR patient id
 * @param payerId the payer
 * @param dateOfService the date of service, ISO
 * @param totalCharge the total charge
 * @param lines the priced lines
 * @param submittedAtMillis the Kafka timestamp of the event
 */
record SubmittedClaim(String claimId, String encounterId, String patientId, String payerId, String dateOfService,
        BigDecimal totalCharge, List<Line> lines, long submittedAtMillis) {

    /** One priced line. */
    record Line(int lineNumber, String code, List<String> modifiers, int units, BigDecimal charge) {
    }
}
