package io.openrcm.claim.api;

/**
 * A patient payment or refund as posted by the billing office.
 *
 * @param reference the practice's reference of the money (receipt or voucher number): posted once
 * @param amount the amount, a decimal string with at most two decimals, more than 0.00
 * @param note how it was paid (CASH, CHECK 1042, CARD) or why it is refunded; optional
 */
public record PatientMoneyRequest(String reference, String amount, String note) {
}
