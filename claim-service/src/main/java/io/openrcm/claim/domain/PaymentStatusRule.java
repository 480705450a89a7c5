package io.openrcm.claim.domain;

/**
 * Decides where a posted payment moves a claim: DENIED when the payer says so (claim status code 4) or paid nothing
 * and assigned no patient responsibility; otherwise PAID when nothing is outstanding, else PARTIALLY_PAID.
 */
public final class PaymentStatusRule {

    private PaymentStatusRule() {
    }

    /** The status after the posting, given the balance it produced. */
    public static ClaimStatus statusAfter(PaymentPosting posting, Balance after) {
        if (posting.deniedByPayer() || posting.paysNothing()) {
            return ClaimStatus.DENIED;
        }
        if (after.outstanding().isZero()) {
            return ClaimStatus.PAID;
        }
        // Outstanding > 0: normally paid > 0 too. A posting that only moves part of the charge to the patient
        // leaves the claim settled in part as well, so it is not a denial either.
        return ClaimStatus.PARTIALLY_PAID;
    }

    /** The sentence that explains the change, for the status history and the event. */
    public static String reason(PaymentPosting posting, Balance after, ClaimStatus to) {
        if (to == ClaimStatus.DENIED) {
            return posting.deniedByPayer()
                    ? "Payment posted: the payer denied the claim (claim status code 4)"
                    : "Payment posted: the payer paid nothing and assigned no patient responsibility";
        }
        String paid = "Payment posted: paid " + after.paid() + " of " + after.totalCharge();
        return to == ClaimStatus.PAID ? paid + ", nothing outstanding" : paid;
    }
}
