package io.openrcm.claim.domain;

/** A rule of the claim domain was broken: the change is refused and nothing is stored. */
public class ClaimRuleException extends RuntimeException {

    public ClaimRuleException(String message) {
        super(message);
    }
}
