package io.openrcm.reimbursement.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim payment stands, and the only move allowed: UNMATCHED (waiting for its claim) to POSTED, once. */
public enum PostingStatus {
    /** Posted to the ledger; final. */
    POSTED,
    /** Waiting for its claim to become known. */
    UNMATCHED;

    /** Why a claim payment waits when the claim it pays has not been submitted (yet) as far as we know. */
    public static final String CLAIM_NOT_YET_KNOWN = "claim not yet known";

    /** The states this one may move to. */
    public Set<PostingStatus> allowedNext() {
        return this == UNMATCHED ? EnumSet.of(POSTED) : EnumSet.noneOf(PostingStatus.class);
    }

    /**
     * Checks a transition.
     *
     * @return the next state
     * @throws IllegalPostingTransitionException when this state may not move to it
     */
    public PostingStatus moveTo(PostingStatus next) {
        if (next == null || !allowedNext().contains(next)) {
            throw new IllegalPostingTransitionException(this, next);
        }
        return next;
    }
}
