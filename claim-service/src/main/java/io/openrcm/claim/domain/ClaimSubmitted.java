package io.openrcm.claim.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A claim went out to its payer in an 837P interchange.
 *
 * @param claimId the claim
 * @param submissionId the interchange that carried it
 * @param occurredAt when
 */
public record ClaimSubmitted(UUID claimId, UUID submissionId, Instant occurredAt) implements ClaimDomainEvent {
}
