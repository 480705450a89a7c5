package io.openrcm.reimbursement.application;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim claim-service submitted, as far as reimbursement needs it.
 *
 * @param claimId the claim id (echoed by payers as CLP01)
 * @param encounterId the encounter; may be null
 * @param payerId the payer billed
 * @param billingProviderNpi the billing provider; may be null
 * @param patientId the patient's record number; may be null (never logged)
 * @param dateOfService the date of service; may be null
 * @param totalCharge the total charge
 * @param lines the service lines
 * @param correlationId the correlation id of the event; carried by every PaymentPosted for this claim
 * @param sourceEventId the id of the event that announced it
 */
public record NewExpectedClaim(String claimId, String encounterId, String payerId, String billingProviderNpi,
        String patientId, LocalDate dateOfService, Money totalCharge, List<Line> lines, String correlationId,
        UUID sourceEventId) {

    /**
     * One service line.
     *
     * @param lineNumber the line number
     * @param code the procedure code
     * @param modifiers the modifiers
     * @param units the units
     * @param charge the charge
     * @param dateOfService the line's date of service; may be null
     */
    public record Line(int lineNumber, String code, List<String> modifiers, int units, Money charge,
            LocalDate dateOfService) {
    }
}
