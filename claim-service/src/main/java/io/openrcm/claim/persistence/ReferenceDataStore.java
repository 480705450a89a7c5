package io.openrcm.claim.persistence;

import io.openrcm.claim.application.Payer;
import io.openrcm.claim.application.PayerSubmission;
import io.openrcm.claim.application.Provider;
import io.openrcm.claim.domain.ProviderFacts;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Stores and loads payers and providers: maps their rows to the application's records and back. Single rows are
 * read by id, so within one transaction a second look-up of the same payer or provider costs no query.
 */
@ApplicationScoped
public class ReferenceDataStore {

    private final PayerRepository payers;
    private final ProviderRepository providers;

    @Inject
    public ReferenceDataStore(PayerRepository payers, ProviderRepository providers) {
        this.payers = payers;
        this.providers = providers;
    }

    /** Every payer, by payer id. */
    public List<Payer> payers() {
        return payers.listAll(Sort.ascending("payerId")).stream().map(ReferenceDataStore::toPayer).toList();
    }

    public Optional<Payer> payer(String payerId) {
        return payers.findByIdOptional(payerId).map(ReferenceDataStore::toPayer);
    }

    /** True when the payer is known (without reading its rules). */
    public boolean hasPayer(String payerId) {
        return payers.findByIdOptional(payerId).isPresent();
    }

    /**
     * Creates or replaces a payer.
     *
     * @return true when it was created
     */
    public boolean save(Payer payer) {
        PayerEntity e = payers.findById(payer.payerId());
        boolean created = e == null;
        if (created) {
            e = new PayerEntity();
            e.payerId = payer.payerId();
        }
        e.name = payer.name();
        e.claimFilingIndicator = payer.claimFilingIndicator();
        e.timelyFilingDays = payer.timelyFilingDays();
        e.receiverId = payer.submission().receiverId();
        e.receiverQualifier = payer.submission().receiverQualifier();
        e.ediPayerId = payer.submission().ediPayerId();
        e.autoSubmit = payer.submission().autoSubmit();
        e.usageIndicator = payer.submission().usageIndicator();
        e.scrubRules = PayerRulesJson.write(payer.scrubRules());
        e.updatedAt = payer.updatedAt();
        if (created) {
            payers.persist(e);
        }
        return created;
    }

    /** Every provider, by NPI. */
    public List<Provider> providers() {
        return providers.listAll(Sort.ascending("npi")).stream().map(ReferenceDataStore::toProvider).toList();
    }

    public Optional<Provider> provider(String npi) {
        return providers.findByIdOptional(npi).map(ReferenceDataStore::toProvider);
    }

    public boolean hasProvider(String npi) {
        return providers.findByIdOptional(npi).isPresent();
    }

    /**
     * Creates or replaces a provider.
     *
     * @return true when it was created
     */
    public boolean save(Provider provider) {
        ProviderFacts f = provider.facts();
        ProviderEntity e = providers.findById(f.npi());
        boolean created = e == null;
        if (created) {
            e = new ProviderEntity();
            e.npi = f.npi();
        }
        e.name = f.name();
        e.taxId = f.taxId();
        e.taxonomyCode = f.taxonomyCode();
        e.addressLine1 = f.addressLine1();
        e.addressLine2 = f.addressLine2();
        e.city = f.city();
        e.state = f.state();
        e.postalCode = f.postalCode();
        e.updatedAt = provider.updatedAt();
        if (created) {
            providers.persist(e);
        }
        return created;
    }

    private static Payer toPayer(PayerEntity e) {
        return new Payer(e.payerId, e.name, e.claimFilingIndicator, e.timelyFilingDays,
                new PayerSubmission(e.receiverId, e.receiverQualifier, e.ediPayerId, e.autoSubmit, e.usageIndicator),
                PayerRulesJson.read(e.scrubRules), e.updatedAt);
    }

    private static Provider toProvider(ProviderEntity e) {
        return new Provider(new ProviderFacts(e.npi, e.name, e.taxId, e.taxonomyCode, e.addressLine1,
                e.addressLine2, e.city, e.state, e.postalCode), e.updatedAt);
    }
}
