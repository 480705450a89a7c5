package io.openrcm.reimbursement.domain;

/** A claim payment asked to move where its state machine does not allow (posting a payment twice, say). */
public class IllegalPostingTransitionException extends IllegalStateException {

    public IllegalPostingTransitionException(PostingStatus from, PostingStatus to) {
        super("a claim payment cannot move from " + from + " to " + to);
    }
}
