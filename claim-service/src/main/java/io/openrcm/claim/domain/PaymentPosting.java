package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A payer's payment on one claim, as posted by reimbursement: what it paid, what it moved to the patient, and the
 * adjustments with their reasons.
 *
 * @param paymentId the payment's id; a claim applies each payment once
 * @param claimStatusCode the X12 835 CLP02 claim status code ("1" processed as primary, "4" denied, ...)
 * @param paidAmount paid by the payer in this payment
 * @param patientResponsibility moved to the patient in this payment
 * @param adjustments the adjustments of this payment, PR ones included
 * @param reversalOf the payment this one reverses (its amounts are negative); null for an ordinary posting
 * @param payerClaimControlNumber the payer's claim control number (CLP07); null when not sent
 */
public record PaymentPosting(UUID paymentId, String claimStatusCode, Money paidAmount, Money patientResponsibility,
        List<Adjustment> adjustments, UUID reversalOf, String payerClaimControlNumber) {

    /** CLP02 code of a denied claim. */
    public static final String DENIED_STATUS_CODE = "4";
    /** CLP02 code of a reversal of a previous payment. */
    public static final String REVERSAL_STATUS_CODE = "22";

    public PaymentPosting {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(paidAmount, "paidAmount");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** The sum of the adjustments that are not the patient's responsibility. */
    public Money nonPatientAdjustmentTotal() {
        Money total = Money.ZERO;
        for (Adjustment adjustment : adjustments) {
            if (!adjustment.isPatientResponsibility()) {
                total = total.plus(adjustment.amount());
            }
        }
        return total;
    }

    /** Every adjustment as {@code <group>-<CARC>}, in the order the payer gave them. */
    public List<String> reasonCodes() {
        return adjustments.stream().map(Adjustment::code).toList();
    }

    /** True when the payer said it denied the claim. */
    public boolean deniedByPayer() {
        return DENIED_STATUS_CODE.equals(claimStatusCode);
    }

    /** True when it takes back an earlier posting. */
    public boolean isReversal() {
        return reversalOf != null || REVERSAL_STATUS_CODE.equals(claimStatusCode);
    }

    /** True when the payer neither paid nor assigned anything to the patient: a denial in effect. */
    public boolean paysNothing() {
        return paidAmount.isZero() && patientResponsibility.isZero();
    }
}
