package io.openrcm.claim.domain;

import java.util.EnumSet;
import java.util.Set;

/** The states of a claim and the only transitions allowed between them. */
public enum ClaimStatus {
    /** Built and priced from a coded encounter. */
    CREATED,
    /** Sent to the payer; waiting for its remittance. */
    SUBMITTED,
    /** A payment was posted and a balance is still outstanding. */
    PARTIALLY_PAID,
    /** Nothing is outstanding any more. */
    PAID,
    /** The payer denied the claim; an appeal or reprocessing can still pay it. */
    DENIED;

    /** The states this one may move to. */
    public Set<ClaimStatus> allowedNext() {
        return switch (this) {
            case CREATED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED);
            case PARTIALLY_PAID -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED);
            case DENIED -> EnumSet.of(PAID, PARTIALLY_PAID);
            case PAID -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus next) {
        return next != null && allowedNext().contains(next);
    }

    /**
     * Checks a transition.
     *
     * @return the next state
     * @throws IllegalClaimTransitionException when this state may not move to it
     */
    public ClaimStatus moveTo(ClaimStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalClaimTransitionException(this, next);
        }
        return next;
    }
}
