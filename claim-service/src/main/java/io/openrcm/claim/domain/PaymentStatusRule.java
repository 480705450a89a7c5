package io.openrcm.claim.domain;

import java.util.Locale;

/**
 * Decides where a posted payment moves a claim. A reversal (CLP02 22) reopens it as ACCEPTED until the corrected
 * posting arrives; DENIED when the payer says so (CLP02 4) or paid nothing and assigned no patient responsibility;
 * otherwise PAID when nothing is outstanding, else PARTIALLY_PAID. CLP02 19, 20 and 21 (processed and forwarded)
 * count as 1, 2 and 3. More than the charge is PAID with a credit balance. A corrected, voided or closed claim keeps
 * its state while its balance moves (a posting after close waits for review).
 */
public final class PaymentStatusRule {

    private PaymentStatusRule() {
    }

    /** The status after the posting, given the claim's current status and the balance the posting produced. */
    public static ClaimStatus statusAfter(ClaimStatus current, PaymentPosting posting, Balance after) {
        if (current == ClaimStatus.CORRECTED || current == ClaimStatus.VOIDED || current == ClaimStatus.CLOSED) {
            return current;
        }
        if (posting.isReversal()) {
            return ClaimStatus.ACCEPTED;
        }
        if (posting.deniedByPayer() || posting.paysNothing()) {
            return ClaimStatus.DENIED;
        }
        if (!after.outstanding().isPositive()) {
            return ClaimStatus.PAID;
        }
        // Outstanding > 0: normally paid > 0 too. A posting that only moves part of the charge to the patient
        // leaves the claim settled in part as well, so it is not a denial either.
        return ClaimStatus.PARTIALLY_PAID;
    }

    /** The sentence that explains the change, for the status history and the event. */
    public static String reason(PaymentPosting posting, Balance after, ClaimStatus to) {
        if (posting.isReversal()) {
            return "Payment reversed by the payer (claim status code 22" + (posting.reversalOf() == null ? ""
                    : ", reverses payment " + posting.reversalOf()) + "): paid now " + after.paid() + " of "
                    + after.totalCharge() + ", awaiting the corrected posting";
        }
        String credit = after.hasCredit() ? ", credit balance " + after.credit() + " to refund" : "";
        if (to == ClaimStatus.CLOSED) {
            return "Payment posted after the claim was closed: paid now " + after.paid() + " of "
                    + after.totalCharge() + credit + "; waits for review";
        }
        if (to == ClaimStatus.CORRECTED || to == ClaimStatus.VOIDED) {
            return "Payment posted to a " + to.name().toLowerCase(Locale.ROOT) + " claim: paid now "
                    + after.paid() + " of " + after.totalCharge() + credit;
        }
        if (to == ClaimStatus.DENIED) {
            return posting.deniedByPayer()
                    ? "Payment posted: the payer denied the claim (claim status code 4)"
                    : "Payment posted: the payer paid nothing and assigned no patient responsibility";
        }
        String paid = "Payment posted: paid " + after.paid() + " of " + after.totalCharge();
        if (after.hasCredit()) {
            return paid + credit;
        }
        return to == ClaimStatus.PAID ? paid + ", nothing outstanding" : paid;
    }
}
