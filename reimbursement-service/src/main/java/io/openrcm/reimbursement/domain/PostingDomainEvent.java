package io.openrcm.reimbursement.domain;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a claim payment; returned by the aggregate's methods, published by the application. */
public sealed interface PostingDomainEvent permits PaymentPosted {

    /** The claim payment it happened to. */
    UUID paymentId();

    /** When it happened. */
    Instant occurredAt();
}
