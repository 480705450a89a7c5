package io.openrcm.claim.application;

import io.openrcm.claim.domain.ProviderFacts;
import java.time.Instant;

/**
 * A billing or rendering provider as the reference data holds it.
 *
 * @param facts its NPI, name, tax id, taxonomy and address
 * @param updatedAt when it last changed
 */
public record Provider(ProviderFacts facts, Instant updatedAt) {

    public String npi() {
        return facts.npi();
    }
}
