package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A claim claim-service submitted, which remittances may pay: recorded once per claim id.
 *
 * @param claimId the claim id (echoed by payers as CLP01)
 * @param encounterId the encounter; may be null
 * @param payerId the payer billed
 * @param billingProviderNpi the billing provider; may be null
 * @param patientId the patient's record number; may be null (never logged)
 * @param dateOfService the date of service; may be null
 * @param totalCharge the total charge
 * @param lines the service lines as submitted
 * @param correlationId the correlation id of the claim's submission; every PaymentPosted for the claim carries it
 * @param sourceEventId the id of the event that announced it
 * @param recordedAt when it was recorded
 */
public record ExpectedClaim(String claimId, String encounterId, String payerId, String billingProviderNpi,
        String patientId, LocalDate dateOfService, Money totalCharge, List<ExpectedLine> lines, String correlationId,
        UUID sourceEventId, Instant recordedAt) {

    public ExpectedClaim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(totalCharge, "totalCharge");
        lines = List.copyOf(lines);
    }

    /** Our line with this number, if any. */
    public Optional<ExpectedLine> line(Integer lineNumber) {
        return lineNumber == null ? Optional.empty()
                : lines.stream().filter(l -> l.lineNumber() == lineNumber).findFirst();
    }
}
