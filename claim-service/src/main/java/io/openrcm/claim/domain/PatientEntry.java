package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One patient-side entry on a claim: a payment, a refund or a small-balance write-off. Append-only; its reference
 * is its natural key within the practice (a receipt number, a refund voucher), so the same money is posted once.
 *
 * @param reference the practice's reference of the entry (payment reference, refund reference, write-off id)
 * @param kind payment, refund or write-off
 * @param amount the amount, always positive; the kind says which way it moves the balance
 * @param postedAt when it was posted
 * @param note how it was paid (method) or why (the write-off rule); may be null
 */
public record PatientEntry(String reference, PatientEntryKind kind, Money amount, Instant postedAt, String note) {

    public PatientEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(postedAt, "postedAt");
        if (!amount.isPositive()) {
            throw new PatientBalanceException("amount", "an amount must be more than 0.00, not " + amount);
        }
    }

    /** True when it is the same money as another entry: same reference, kind and amount. */
    public boolean sameAs(PatientEntryKind otherKind, Money otherAmount) {
        return kind == otherKind && amount.equals(otherAmount);
    }
}
