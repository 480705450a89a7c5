package io.openrcm.claim.persistence;

import io.openrcm.claim.application.Payer;
import io.openrcm.claim.application.PayerSubmission;
import io.openrcm.claim.application.Provider;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores and loads payers and providers: maps their rows to the application's records and back. Both tables are
 * held in memory until one of them changes (see {@link ReferenceVersions}): the intake and the submission read them
 * for every claim.
 */
@ApplicationScoped
public class ReferenceDataStore {

    private final PayerRepository payers;
    private final ProviderRepository providers;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<String, Payer>> payerCache;
    private final ReferenceCache<Map<String, Provider>> providerCache;

    @Inject
    public ReferenceDataStore(PayerRepository payers, ProviderRepository providers, ReferenceVersions references) {
        this.payers = payers;
        this.providers = providers;
        this.references = references;
        this.payerCache = references.cache(() -> byKey(payers.listAll(Sort.ascending("payerId")).stream()
                .map(ReferenceDataStore::toPayer).toList(), Payer::payerId), "payer");
        this.providerCache = references.cache(() -> byKey(providers.listAll(Sort.ascending("npi")).stream()
                .map(ReferenceDataStore::toProvider).toList(), p -> p.facts().npi()), "provider");
    }

    /** Every payer, by payer id. */
    public List<Payer> payers() {
        return List.copyOf(payerCache.get().values());
    }

    public Optional<Payer> payer(String payerId) {
        return Optional.ofNullable(payerCache.get().get(payerId));
    }

    /**
     * True when the payer is known. A miss compares the versions at once, so an encounter is not refused for a payer
     * another instance created a moment ago (the intake asks this before anything else).
     */
    public boolean hasPayer(String payerId) {
        return payerCache.get().containsKey(payerId) || payerCache.getChecked().containsKey(payerId);
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
        references.changed("payer");
        return created;
    }

    /** Every provider, by NPI. */
    public List<Provider> providers() {
        return List.copyOf(providerCache.get().values());
    }

    public Optional<Provider> provider(String npi) {
        return Optional.ofNullable(providerCache.get().get(npi));
    }

    /** True when the provider is known; a miss compares the versions at once, as {@link #hasPayer} does. */
    public boolean hasProvider(String npi) {
        return providerCache.get().containsKey(npi) || providerCache.getChecked().containsKey(npi);
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
        references.changed("provider");
        return created;
    }

    // Ordered by key, as the lists were sorted by the query.
    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return Collections.unmodifiableMap(map);
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
