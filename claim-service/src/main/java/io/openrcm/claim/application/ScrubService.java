package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.domain.PayerFacts;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.domain.ScrubInput;
import io.openrcm.claim.domain.Scrubber;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.ReferenceDataStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Gathers what the scrubber looks at (reference data, the duplicate search) and runs it on one claim. */
@ApplicationScoped
public class ScrubService {

    private final ReferenceDataStore referenceData;
    private final ClaimStore claims;
    private final Clock clock;

    @Inject
    public ScrubService(ReferenceDataStore referenceData, ClaimStore claims, Clock clock) {
        this.referenceData = referenceData;
        this.claims = claims;
        this.clock = clock;
    }

    /** The findings for the claim as it is now; empty when it is clean. */
    public List<Finding> findings(Claim claim) {
        ClaimDetails d = claim.details();
        ProviderFacts provider = referenceData.provider(d.billingProviderNpi()).map(Provider::facts).orElse(null);
        PayerFacts payer = referenceData.payer(d.payerId()).map(Payer::facts).orElse(null);
        UUID duplicate = claims.earlierDuplicateOf(claim).orElse(null);
        return Scrubber.scrub(new ScrubInput(d, claim.correction(), provider, payer, LocalDate.now(clock),
                duplicate));
    }
}
