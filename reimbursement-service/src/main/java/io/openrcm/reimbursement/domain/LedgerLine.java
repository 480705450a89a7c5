package io.openrcm.reimbursement.domain;

import java.util.Objects;

/**
 * One ledger entry derived from a claim payment, before it is stored.
 *
 * @param type the kind of entry
 * @param group the adjustment group; null for the payment itself
 * @param reason the adjustment reason code; null for the payment itself
 * @param amount the amount
 */
public record LedgerLine(LedgerEntryType type, AdjustmentGroup group, String reason, Money amount) {

    public LedgerLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
    }
}
