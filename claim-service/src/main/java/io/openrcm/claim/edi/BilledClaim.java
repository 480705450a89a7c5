package io.openrcm.claim.edi;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ProviderFacts;
import java.util.Map;

/**
 * One claim to write, with the reference data its loops need.
 *
 * @param claim the claim (CLM01 = its id)
 * @param billingProvider loop 2010AA
 * @param renderingProvider loop 2310B; null when the claim has no rendering provider or it is not on file
 * @param otherPayers the claim's other coverages' payers by payer id (loops 2320/2330B); a payer missing here is
 *     left out of the 837
 */
public record BilledClaim(Claim claim, ProviderFacts billingProvider, ProviderFacts renderingProvider,
        Map<String, PayerParty> otherPayers) {

    public BilledClaim {
        otherPayers = otherPayers == null ? Map.of() : Map.copyOf(otherPayers);
    }

    /** A claim with no other payer on file. */
    public BilledClaim(Claim claim, ProviderFacts billingProvider, ProviderFacts renderingProvider) {
        this(claim, billingProvider, renderingProvider, Map.of());
    }
}
