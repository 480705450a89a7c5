package io.openrcm.claim.application;

import io.openrcm.claim.domain.PayerRule;
import io.openrcm.claim.persistence.PayerEntity;
import io.openrcm.claim.persistence.PayerRepository;
import io.openrcm.claim.persistence.ProviderEntity;
import io.openrcm.claim.persistence.ProviderRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Use cases on payers and providers: list them, create or replace one. Input is validated by the caller. */
@ApplicationScoped
public class ReferenceDataService {

    private final PayerRepository payers;
    private final ProviderRepository providers;
    private final Clock clock;

    @Inject
    public ReferenceDataService(PayerRepository payers, ProviderRepository providers, Clock clock) {
        this.payers = payers;
        this.providers = providers;
        this.clock = clock;
    }

    @Transactional
    public List<PayerEntity> payers() {
        return payers.listAll(Sort.ascending("payerId"));
    }

    @Transactional
    public Optional<PayerEntity> payer(String payerId) {
        return payers.findByIdOptional(payerId);
    }

    /**
     * Creates or replaces a payer.
     *
     * @return true when it was created
     */
    @Transactional
    public boolean replacePayer(String payerId, String name, String claimFilingIndicator, int timelyFilingDays,
            PayerSubmission settings, List<PayerRule> scrubRules) {
        PayerEntity payer = payers.findById(payerId);
        boolean created = payer == null;
        if (created) {
            payer = new PayerEntity();
            payer.payerId = payerId;
        }
        payer.name = name;
        payer.claimFilingIndicator = claimFilingIndicator;
        payer.timelyFilingDays = timelyFilingDays;
        payer.receiverId = settings.receiverId();
        payer.receiverQualifier = settings.receiverQualifier();
        payer.ediPayerId = settings.ediPayerId();
        payer.autoSubmit = settings.autoSubmit();
        payer.usageIndicator = settings.usageIndicator();
        payer.scrubRules = ScrubService.write(scrubRules == null ? List.of() : scrubRules);
        payer.updatedAt = clock.instant();
        if (created) {
            payers.persist(payer);
        }
        return created;
    }

    @Transactional
    public List<ProviderEntity> providers() {
        return providers.listAll(Sort.ascending("npi"));
    }

    @Transactional
    public Optional<ProviderEntity> provider(String npi) {
        return providers.findByIdOptional(npi);
    }

    /**
     * Creates or replaces a provider.
     *
     * @return true when it was created
     */
    @Transactional
    public boolean replaceProvider(String npi, ProviderData data) {
        ProviderEntity provider = providers.findById(npi);
        boolean created = provider == null;
        if (created) {
            provider = new ProviderEntity();
            provider.npi = npi;
        }
        provider.name = data.name();
        provider.taxId = data.taxId();
        provider.taxonomyCode = data.taxonomyCode();
        provider.addressLine1 = data.addressLine1();
        provider.addressLine2 = data.addressLine2();
        provider.city = data.city();
        provider.state = data.state();
        provider.postalCode = data.postalCode();
        provider.updatedAt = clock.instant();
        if (created) {
            providers.persist(provider);
        }
        return created;
    }

    /**
     * A provider's data, already validated.
     *
     * @param name legal or practice name
     * @param taxId the 9-digit tax id
     * @param taxonomyCode the NUCC taxonomy code
     * @param addressLine1 street address
     * @param addressLine2 suite, floor; may be null
     * @param city city
     * @param state 2-letter state code
     * @param postalCode 5 or 9-digit ZIP code
     */
    public record ProviderData(String name, String taxId, String taxonomyCode, String addressLine1,
            String addressLine2, String city, String state, String postalCode) {
    }
}
