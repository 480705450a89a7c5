package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A provider-level adjustment (X12 835 PLB): money the payer adds to or takes from the payment outside any claim,
 * such as interest (L6 paid as a negative amount), a withholding (WO), a forwarding balance (FB) or an overpayment
 * recovery (72). It stays at provider level: it is never spread over claims.
 *
 * @param providerId the provider the adjustment is for (PLB01)
 * @param fiscalPeriodDate the end of the provider's fiscal period (PLB02)
 * @param reasonCode the adjustment reason (PLB03-1, such as L6, WO, FB, 72, CS)
 * @param reference the payer's reference for it (PLB03-2); may be null
 * @param amount the amount; a positive amount reduces the payment, a negative one increases it
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, String reasonCode, String reference,
        Money amount) {

    public ProviderAdjustment {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(amount, "amount");
    }
}
