package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A posted service line whose allowed amount fell short of its payer contract.
 *
 * @param paymentId the claim payment
 * @param claimId the claim
 * @param payerId the payer
 * @param lineNumber our line number, or null when unmatched
 * @param code the procedure code as adjudicated
 * @param serviceDate the line's date of service, or null
 * @param expectedAllowed what the contract leads us to expect
 * @param allowed what the payer allowed (charge - CO adjustments)
 * @param underpaidAmount the shortfall
 */
public record Underpayment(UUID paymentId, String claimId, String payerId, Integer lineNumber, String code,
        LocalDate serviceDate, Money expectedAllowed, Money allowed, Money underpaidAmount) {
}
