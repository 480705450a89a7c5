package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the patient owes on one claim once insurance is done with it: the patient responsibility the payers left,
 * less what the patient paid, plus what was refunded, less what was written off. Each command returns the entry it
 * makes; a refused one throws {@link PatientBalanceException} and changes nothing.
 *
 * @param claimId the claim
 * @param insuranceDone true when the claim is with the patient (no payer is left to adjudicate it)
 * @param responsibility what the payers left to the patient (the claim balance's patient responsibility)
 * @param entries the patient's payments, refunds and write-offs on the claim, oldest first
 */
public record PatientBalance(UUID claimId, boolean insuranceDone, Money responsibility, List<PatientEntry> entries) {

    public PatientBalance {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(responsibility, "responsibility");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The patient side of a claim, given its patient entries. */
    public static PatientBalance of(Claim claim, List<PatientEntry> entries) {
        return new PatientBalance(claim.id(), claim.coordination().responsibility() == Responsibility.PATIENT,
                claim.balance().patientResponsibility(), entries);
    }

    /** What the patient paid: payments and copays collected at the time of service. */
    public Money paid() {
        return total(PatientEntryKind.PAYMENT).plus(total(PatientEntryKind.COPAY));
    }

    /** What was collected at the time of service (copays), applied once insurance is done. */
    public Money collectedAtService() {
        return total(PatientEntryKind.COPAY);
    }

    public Money refunded() {
        return total(PatientEntryKind.REFUND);
    }

    public Money writtenOff() {
        return total(PatientEntryKind.WRITE_OFF);
    }

    /** responsibility − paid + refunded − written off, before insurance is done zero; negative for a credit. */
    public Money balance() {
        if (!insuranceDone) {
            return Money.ZERO.minus(paid()).plus(refunded()).minus(writtenOff());
        }
        return responsibility.minus(paid()).plus(refunded()).minus(writtenOff());
    }

    /** What the patient owes now; never negative. */
    public Money owed() {
        Money balance = balance();
        return balance.isNegative() ? Money.ZERO : balance;
    }

    /** What the practice owes the patient back; never negative; nothing while a copay waits for the payers. */
    public Money credit() {
        if (status() == PatientBalanceStatus.WITH_INSURANCE) {
            return Money.ZERO;
        }
        Money balance = balance();
        return balance.isNegative() ? balance.negate() : Money.ZERO;
    }

    /**
     * While a payer has the claim it is WITH_INSURANCE even when a copay was collected: the copay waits for the
     * patient's share to be known and is no credit yet.
     */
    public PatientBalanceStatus status() {
        if (!insuranceDone && entries.stream().allMatch(e -> e.kind() == PatientEntryKind.COPAY
                || e.kind() == PatientEntryKind.REFUND)) {
            return PatientBalanceStatus.WITH_INSURANCE;
        }
        if (balance().isNegative()) {
            return PatientBalanceStatus.CREDIT;
        }
        if (balance().isPositive()) {
            return PatientBalanceStatus.OWES;
        }
        if (writtenOff().isPositive()) {
            return PatientBalanceStatus.WRITTEN_OFF;
        }
        return paid().isPositive() ? PatientBalanceStatus.PAID_IN_FULL : PatientBalanceStatus.NOTHING_OWED;
    }

    /** True when insurance is done and the patient owes nothing and is owed nothing. */
    public boolean isSettled() {
        return insuranceDone && balance().isZero();
    }

    /**
     * A payment by the patient. Only once insurance is done (a payer may still take over what the patient would
     * owe), and never more than is owed (an overpayment would be a credit to refund at once).
     */
    public PatientEntry pay(String reference, Money amount, Instant at, String method) {
        if (!insuranceDone) {
            throw new PatientBalanceException("claimId", "claim " + claimId + " is still with a payer; the patient "
                    + "pays once insurance is done with it");
        }
        if (amount.compareTo(owed()) > 0) {
            throw new PatientBalanceException("amount", "the patient owes " + owed() + " on claim " + claimId
                    + ", less than the payment of " + amount);
        }
        return new PatientEntry(reference, PatientEntryKind.PAYMENT, amount, at, method);
    }

    /**
     * A copay collected at the time of service, before the payers adjudicated: only while insurance has the claim
     * (afterwards it is a payment), and never more than the charge less what the payers paid and the patient paid.
     */
    public PatientEntry collectAtService(String reference, Money amount, Instant at, String note, Money charge,
            Money insurancePaid) {
        if (insuranceDone) {
            throw new PatientBalanceException("claimId", "insurance is done with claim " + claimId + "; the patient "
                    + "owes " + owed() + ", post a patient payment instead");
        }
        Money collectable = charge.minus(insurancePaid).minus(paid()).plus(refunded());
        if (amount.compareTo(collectable) > 0) {
            throw new PatientBalanceException("amount", "at most " + collectable + " of the charge of claim "
                    + claimId + " is left to collect, less than the copay of " + amount);
        }
        return new PatientEntry(reference, PatientEntryKind.COPAY, amount, at, note);
    }

    /** Money paid by the patient going back to them: never more than the patient paid and was not refunded yet. */
    public PatientEntry refund(String reference, Money amount, Instant at, String why) {
        Money refundable = paid().minus(refunded());
        if (amount.compareTo(refundable) > 0) {
            throw new PatientBalanceException("amount", "the patient paid " + refundable + " on claim " + claimId
                    + " that was not refunded yet, less than the refund of " + amount);
        }
        return new PatientEntry(reference, PatientEntryKind.REFUND, amount, at, why);
    }

    /** The write-off of what is owed when it is more than zero and under the threshold; empty otherwise. */
    public Optional<PatientEntry> smallBalanceWriteOff(Money threshold, String reference, Instant at) {
        Money owed = owed();
        if (!insuranceDone || !owed.isPositive() || owed.compareTo(threshold) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new PatientEntry(reference, PatientEntryKind.WRITE_OFF, owed, at,
                "Small balance under " + threshold + " written off"));
    }

    /** The balance with one more entry. */
    public PatientBalance with(PatientEntry entry) {
        List<PatientEntry> all = new ArrayList<>(entries);
        all.add(entry);
        return new PatientBalance(claimId, insuranceDone, responsibility, all);
    }

    private Money total(PatientEntryKind kind) {
        return Money.sum(entries.stream().filter(e -> e.kind() == kind).map(PatientEntry::amount).toList());
    }
}
