package io.openrcm.payersim;

/**
 * The 277CA's word on one claim: accepted into adjudication (A2:20) or rejected with a category, a status code and
 * the entity in error (such as A7:562:85, the billing provider's NPI).
 *
 * @param claim the claim
 * @param category STC01-1 (A2 accepted, A3 returned as unprocessable, A7 rejected for invalid information)
 * @param status STC01-2, the claim status code
 * @param entity STC01-3, the entity the status is about; null when none
 * @param payerClaimControlNumber REF*1K of an accepted claim; null when rejected
 */
public record ClaimVerdict(SubmittedClaim claim, String category, String status, String entity,
        String payerClaimControlNumber) {

    /** Accepted for adjudication. */
    public boolean accepted() {
        return "A2".equals(category);
    }
}
