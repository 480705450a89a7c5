package io.openrcm.claim.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A claim was submitted to its payer.
 *
 * @param claimId the claim
 * @param occurredAt when
 */
public record ClaimSubmitted(UUID claimId, Instant occurredAt) implements ClaimDomainEvent {
}
