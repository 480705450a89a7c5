package io.openrcm.claim.application;

import io.openrcm.claim.domain.PayerRule;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.persistence.ReferenceDataStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Use cases on payers and providers: list them, read one, create or replace one. A change and the re-scrub of the
 * claims it may release from the work queue are one transaction: both happen, or neither. Input is validated by the
 * caller.
 */
@ApplicationScoped
public class ReferenceDataService {

    private final ReferenceDataStore store;
    private final CorrectionService corrections;
    private final Clock clock;

    @Inject
    public ReferenceDataService(ReferenceDataStore store, CorrectionService corrections, Clock clock) {
        this.store = store;
        this.corrections = corrections;
        this.clock = clock;
    }

    @Transactional
    public List<Payer> payers() {
        return store.payers();
    }

    @Transactional
    public Optional<Payer> payer(String payerId) {
        return store.payer(payerId);
    }

    /** Creates or replaces a payer, then scrubs again the payer's claims waiting with SCRUB_FAILED. */
    @Transactional
    public Saved<Payer> replacePayer(String payerId, String name, String claimFilingIndicator, int timelyFilingDays,
            PayerSubmission settings, List<PayerRule> scrubRules) {
        Payer payer = new Payer(payerId, name, claimFilingIndicator, timelyFilingDays, settings, scrubRules,
                clock.instant());
        boolean created = store.save(payer);
        corrections.rescrubWaiting(payerId, null);
        return new Saved<>(payer, created);
    }

    @Transactional
    public List<Provider> providers() {
        return store.providers();
    }

    @Transactional
    public Optional<Provider> provider(String npi) {
        return store.provider(npi);
    }

    /** Creates or replaces a provider, then scrubs again its claims waiting with SCRUB_FAILED. */
    @Transactional
    public Saved<Provider> replaceProvider(ProviderFacts data) {
        Provider provider = new Provider(data, clock.instant());
        boolean created = store.save(provider);
        corrections.rescrubWaiting(null, data.npi());
        return new Saved<>(provider, created);
    }

    /**
     * What was saved.
     *
     * @param value the payer or provider as stored
     * @param created true when it did not exist before
     */
    public record Saved<T>(T value, boolean created) {
    }
}
