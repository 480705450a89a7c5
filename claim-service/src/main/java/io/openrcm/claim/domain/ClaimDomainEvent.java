package io.openrcm.claim.domain;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a claim; returned by the aggregate's methods, published by the application. */
public sealed interface ClaimDomainEvent permits ClaimStatusChanged, ClaimSubmitted {

    /** The claim it happened to. */
    UUID claimId();

    /** When it happened. */
    Instant occurredAt();
}
