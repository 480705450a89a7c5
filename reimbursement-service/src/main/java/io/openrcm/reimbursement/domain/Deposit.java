package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payer payment (check or EFT) with how much of it is posted.
 *
 * @param remittanceId the remittance
 * @param payerId the payer
 * @param payerName the payer's name as the 835 gives it, or null
 * @param traceNumber the trace number
 * @param method the payment method
 * @param paymentDate the payment date
 * @param amount the total paid
 * @param posted what of it is posted
 * @param unposted amount - posted
 * @param providerAdjustments the sum of its PLB adjustments
 * @param status how it was stored
 */
public record Deposit(UUID remittanceId, String payerId, String payerName, String traceNumber, PaymentMethod method,
        LocalDate paymentDate, Money amount, Money posted, Money unposted, Money providerAdjustments,
        RemittanceStatus status) {

    /**
     * A deposit from its stored totals. Posted = the claim payments posted less the provider-level adjustments (which
     * are booked with the deposit); nothing of a quarantined remittance is posted.
     */
    public static Deposit of(UUID remittanceId, String payerId, String payerName, String traceNumber,
            PaymentMethod method, LocalDate paymentDate, Money amount, Money postedClaimPayments,
            Money providerAdjustments, RemittanceStatus status) {
        Money posted = status == RemittanceStatus.QUARANTINED ? Money.ZERO
                : postedClaimPayments.minus(providerAdjustments);
        return new Deposit(remittanceId, payerId, payerName, traceNumber, method, paymentDate, amount, posted,
                amount.minus(posted), providerAdjustments, status);
    }
}
