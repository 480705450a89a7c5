package io.openrcm.claim.edi;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ProviderFacts;

/**
 * One claim to write, with the reference data its loops need.
 *
 * @param claim the claim (CLM01 = its id)
 * @param billingProvider loop 2010AA
 * @param renderingProvider loop 2310B; null when the claim has no rendering provider or it is not on file
 */
public record BilledClaim(Claim claim, ProviderFacts billingProvider, ProviderFacts renderingProvider) {
}
