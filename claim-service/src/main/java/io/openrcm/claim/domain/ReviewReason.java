package io.openrcm.claim.domain;

/** Why money posted to a claim waits for a person: a refund to make, or a posting to look at. */
public enum ReviewReason {
    /** The payer (or the patient's share) covered more than the charge: the credit is to be refunded. */
    CREDIT_BALANCE,
    /** A payment arrived after the billing office closed the claim. */
    POSTED_AFTER_CLOSE
}
