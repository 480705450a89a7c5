package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.PatientBalance;

/**
 * A claim with its patient side: what insurance did and what the patient owes.
 *
 * @param claim the claim
 * @param patient the patient's balance on it
 */
public record PatientClaim(Claim claim, PatientBalance patient) {
}
