package io.openrcm.claim.domain;

import java.util.Objects;

/**
 * One coverage of the claim's patient: the payer, the member id at that payer and the subscriber. Its position in
 * {@link ClaimDetails#coverages()} is its order of payment.
 *
 * @param payerId the payer
 * @param memberId the member id
 * @param subscriber the insured person
 */
public record Coverage(String payerId, String memberId, Subscriber subscriber) {

    public Coverage {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(subscriber, "subscriber");
    }

    /** A coverage whose subscriber is the patient. */
    public static Coverage self(String payerId, String memberId) {
        return new Coverage(payerId, memberId, Subscriber.self());
    }
}
