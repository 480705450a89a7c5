package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.util.Objects;

/**
 * One ledger entry derived from a claim payment, before it is stored.
 *
 * @param type the kind of entry
 * @param category what it stands for (payment, contractual, deductible, coinsurance, copay...)
 * @param group the adjustment group; null for the payment itself
 * @param reason the adjustment reason code; null for the payment itself
 * @param amount the amount
 * @param lineIndex the service line (position in the claim payment) the entry belongs to; -1 for claim level
 */
public record LedgerLine(LedgerEntryType type, PostingCategory category, AdjustmentGroup group, String reason,
        Money amount, int lineIndex) {

    public LedgerLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }

    /** The entry for an adjustment. */
    static LedgerLine of(Adjustment a, int lineIndex) {
        LedgerEntryType type = a.isPatientResponsibility() ? LedgerEntryType.PATIENT_RESPONSIBILITY
                : LedgerEntryType.ADJUSTMENT;
        return new LedgerLine(type, PostingCategory.of(a), a.group(), a.reason(), a.amount(), lineIndex);
    }
}
