package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.util.Objects;

/**
 * What is owed on a claim: the total charge, what the payer paid, non-patient adjustments (contractual and other
 * write-offs), and the patient's responsibility. Outstanding is what remains, and it is never negative.
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
        Money outstanding = totalCharge.minus(paid).minus(adjustments).minus(patientResponsibility);
        if (outstanding.isNegative()) {
            throw new ClaimRuleException("the balance would become negative (" + outstanding + "): charge "
                    + totalCharge + ", paid " + paid + ", adjustments " + adjustments + ", patient responsibility "
                    + patientResponsibility);
        }
    }

    /** The balance of a claim nothing was posted to yet. */
    public static Balance opening(Money totalCharge) {
        return new Balance(totalCharge, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** totalCharge − paid − adjustments − patientResponsibility. */
    public Money outstanding() {
        return totalCharge.minus(paid).minus(adjustments).minus(patientResponsibility);
    }

    /**
     * The balance once a payment is applied: paid and patient responsibility grow by the posting's amounts,
     * adjustments by the sum of its non-PR adjustments.
     *
     * @throws ClaimRuleException when any figure, or the outstanding balance, would become negative
     */
    public Balance after(PaymentPosting posting) {
        return new Balance(totalCharge, paid.plus(posting.paidAmount()),
                adjustments.plus(posting.nonPatientAdjustmentTotal()),
                patientResponsibility.plus(posting.patientResponsibility()));
    }
}
