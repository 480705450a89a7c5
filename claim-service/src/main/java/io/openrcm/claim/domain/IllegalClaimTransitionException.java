package io.openrcm.claim.domain;

/** A claim was asked to move to a state its state machine does not allow from where it is. */
public class IllegalClaimTransitionException extends ClaimRuleException {

    private final ClaimStatus from;
    private final ClaimStatus to;

    public IllegalClaimTransitionException(ClaimStatus from, ClaimStatus to) {
        super("a claim cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public ClaimStatus from() {
        return from;
    }

    public ClaimStatus to() {
        return to;
    }
}
