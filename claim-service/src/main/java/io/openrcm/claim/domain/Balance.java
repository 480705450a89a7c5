package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.util.Objects;

/**
 * What is owed on a claim: the total charge, what the payer paid, non-patient adjustments (contractual and other
 * write-offs), and the patient's responsibility. Outstanding is what remains; it is negative when more was posted
 * than the charge (a credit balance, to be refunded), never hidden or refused, because the payer's money is real.
 *
 * @param totalCharge the sum of the line charges
 * @param paid paid by the payer so far
 * @param adjustments adjusted away so far, patient responsibility (group PR) excluded
 * @param patientResponsibility moved to the patient so far
 */
public record Balance(Money totalCharge, Money paid, Money adjustments, Money patientResponsibility) {

    public Balance {
        Objects.requireNonNull(totalCharge, "totalCharge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(adjustments, "adjustments");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        if (totalCharge.isNegative() || paid.isNegative() || adjustments.isNegative()
                || patientResponsibility.isNegative()) {
            throw new ClaimRuleException("balance figures cannot be negative: charge " + totalCharge + ", paid "
                    + paid + ", adjustments " + adjustments + ", patient responsibility " + patientResponsibility);
        }
    }

    /** The balance of a claim nothing was posted to yet. */
    public static Balance opening(Money totalCharge) {
        return new Balance(totalCharge, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** totalCharge − paid − adjustments − patientResponsibility; negative for a credit balance. */
    public Money outstanding() {
        return totalCharge.minus(paid).minus(adjustments).minus(patientResponsibility);
    }

    /** What is still owed on the claim: the outstanding balance, or zero when there is a credit. */
    public Money owed() {
        Money outstanding = outstanding();
        return outstanding.isNegative() ? Money.ZERO : outstanding;
    }

    /** The credit balance to refund: what was posted beyond the charge, zero when nothing was. */
    public Money credit() {
        Money outstanding = outstanding();
        return outstanding.isNegative() ? outstanding.negate() : Money.ZERO;
    }

    /** True when more was posted than the charge. */
    public boolean hasCredit() {
        return outstanding().isNegative();
    }

    /**
     * The balance once a payment is applied: paid and patient responsibility grow by the posting's amounts,
     * adjustments by the sum of its non-PR adjustments.
     *
     * @throws ClaimRuleException when paid, adjustments or patient responsibility would become negative (a reversal
     *     of more than was posted)
     */
    public Balance after(PaymentPosting posting) {
        return new Balance(totalCharge, paid.plus(posting.paidAmount()),
                adjustments.plus(posting.nonPatientAdjustmentTotal()),
                patientResponsibility.plus(posting.patientResponsibility()));
    }

    /**
     * The balance once a later payer's (secondary or tertiary) payment is applied. Its remittance restates what the
     * earlier payers did (their payment as OA-23 and the like), so its adjustments are not added up again: it was
     * asked about what no payer has paid or written off yet, and what it neither paid nor left to the patient is its
     * write-off. Its patient responsibility replaces the earlier one. A payment beyond what it was asked about is a
     * credit balance, never hidden.
     */
    public Balance afterLaterPayer(PaymentPosting posting) {
        Money open = totalCharge.minus(paid).minus(adjustments);
        Money writeOff = open.minus(posting.paidAmount()).minus(posting.patientResponsibility());
        return new Balance(totalCharge, paid.plus(posting.paidAmount()),
                writeOff.isNegative() ? adjustments : adjustments.plus(writeOff), posting.patientResponsibility());
    }

    /** What no payer has paid or written off yet: the outstanding balance plus what is left to the patient. */
    public Money open() {
        return totalCharge.minus(paid).minus(adjustments);
    }
}
