package io.openrcm.claim.application;

import java.util.UUID;

/**
 * A claim an interchange carried, and the transaction set (ST02) that carried it.
 *
 * @param claimId the claim
 * @param transactionControl the ST02 of its transaction set
 */
public record CarriedClaim(UUID claimId, String transactionControl) {
}
