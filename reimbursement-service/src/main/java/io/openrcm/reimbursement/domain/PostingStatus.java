package io.openrcm.reimbursement.domain;

/** Where a claim payment stands: posted to the ledger, or waiting for its claim to become known. */
public enum PostingStatus {
    POSTED,
    UNMATCHED;

    /** Why a claim payment waits when the claim it pays has not been submitted (yet) as far as we know. */
    public static final String CLAIM_NOT_YET_KNOWN = "claim not yet known";
}
