package io.openrcm.claim.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.domain.PayerFacts;
import io.openrcm.claim.domain.PayerRule;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.domain.ScrubInput;
import io.openrcm.claim.domain.Scrubber;
import io.openrcm.claim.persistence.ClaimRepository;
import io.openrcm.claim.persistence.PayerEntity;
import io.openrcm.claim.persistence.PayerRepository;
import io.openrcm.claim.persistence.ProviderEntity;
import io.openrcm.claim.persistence.ProviderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Gathers what the scrubber looks at (reference data, the duplicate search) and runs it on one claim. */
@ApplicationScoped
public class ScrubService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PayerRepository payers;
    private final ProviderRepository providers;
    private final ClaimRepository claims;
    private final Clock clock;

    @Inject
    public ScrubService(PayerRepository payers, ProviderRepository providers, ClaimRepository claims, Clock clock) {
        this.payers = payers;
        this.providers = providers;
        this.claims = claims;
        this.clock = clock;
    }

    /** The findings for the claim as it is now; empty when it is clean. */
    public List<Finding> findings(Claim claim) {
        ClaimDetails d = claim.details();
        ProviderFacts provider = providers.findByIdOptional(d.billingProviderNpi()).map(ScrubService::facts)
                .orElse(null);
        PayerFacts payer = payers.findByIdOptional(d.payerId()).map(ScrubService::facts).orElse(null);
        UUID duplicate = claims.findEarlierDuplicate(d.patient().id(), d.billingProviderNpi(), d.dateOfService(),
                d.serviceSignature(), claim.id(), claim.createdAt()).orElse(null);
        return Scrubber.scrub(new ScrubInput(d, claim.correction(), provider, payer, LocalDate.now(clock),
                duplicate));
    }

    static ProviderFacts facts(ProviderEntity p) {
        return new ProviderFacts(p.npi, p.name, p.taxId, p.taxonomyCode, p.addressLine1, p.addressLine2, p.city,
                p.state, p.postalCode);
    }

    static PayerFacts facts(PayerEntity p) {
        return new PayerFacts(p.payerId, p.claimFilingIndicator, p.timelyFilingDays, rules(p.scrubRules));
    }

    /** The payer's rules as stored (a JSON array validated when the payer was saved). */
    public static List<PayerRule> rules(String json) {
        try {
            return json == null || json.isBlank() ? List.of()
                    : JSON.readValue(json, new TypeReference<List<PayerRule>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payer scrub rules are not readable", e);
        }
    }

    /** The rules as stored. */
    public static String write(List<PayerRule> rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payer scrub rules cannot be written", e);
        }
    }
}
