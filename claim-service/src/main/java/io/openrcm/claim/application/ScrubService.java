package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.domain.PayerFacts;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.domain.ScrubInput;
import io.openrcm.claim.domain.Scrubber;
import io.openrcm.claim.persistence.ClaimIntakeQueries;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.ReferenceDataStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gathers what the scrubber looks at (reference data, the duplicate search) and runs it on a claim or a batch. */
@ApplicationScoped
public class ScrubService {

    /** The order PostgreSQL gives uuids (unsigned, byte by byte), which the stored duplicate search compares in. */
    static final Comparator<UUID> STORED_ORDER = Comparator.comparing(UUID::getMostSignificantBits,
            Long::compareUnsigned).thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final ReferenceDataStore referenceData;
    private final ClaimStore claims;
    private final ClaimIntakeQueries intakeQueries;
    private final Clock clock;

    @Inject
    public ScrubService(ReferenceDataStore referenceData, ClaimStore claims, ClaimIntakeQueries intakeQueries,
            Clock clock) {
        this.referenceData = referenceData;
        this.claims = claims;
        this.intakeQueries = intakeQueries;
        this.clock = clock;
    }

    /** The findings for the claim as it is now; empty when it is clean. */
    public List<Finding> findings(Claim claim) {
        return scrub(claim, claims.earlierDuplicateOf(claim).orElse(null), LocalDate.now(clock));
    }

    /**
     * The findings of a batch's new claims, not stored yet, by claim id: the same as {@link #findings} of each claim
     * had the claims before it been stored one by one, with one duplicate search for the whole batch. A claim is also
     * a duplicate of the earliest earlier claim of the batch with the same patient, provider, date and services
     * (earlier as the stored search means it: created before, or at the same time with a lower id).
     */
    public Map<UUID, List<Finding>> findingsOfNew(List<Claim> batch) {
        Map<UUID, UUID> stored = intakeQueries.earlierDuplicatesOf(batch);
        Map<List<Object>, List<Claim>> twins = new HashMap<>();
        for (Claim claim : batch) {
            if (claim.correction().isOriginal()) {
                twins.computeIfAbsent(duplicateKey(claim), k -> new ArrayList<>()).add(claim);
            }
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<Finding>> findings = new HashMap<>();
        for (Claim claim : batch) {
            UUID duplicate = stored.get(claim.id());
            if (duplicate == null) {
                duplicate = twins.getOrDefault(duplicateKey(claim), List.of()).stream()
                        .filter(other -> isEarlier(other, claim)).min(ScrubService::storedOrder)
                        .map(Claim::id).orElse(null);
            }
            findings.put(claim.id(), scrub(claim, duplicate, today));
        }
        return findings;
    }

    private List<Finding> scrub(Claim claim, UUID duplicate, LocalDate today) {
        ClaimDetails d = claim.details();
        ProviderFacts provider = referenceData.provider(d.billingProviderNpi()).map(Provider::facts).orElse(null);
        PayerFacts payer = referenceData.payer(d.payerId()).map(Payer::facts).orElse(null);
        return Scrubber.scrub(new ScrubInput(d, claim.correction(), provider, payer, today, duplicate));
    }

    private static List<Object> duplicateKey(Claim claim) {
        ClaimDetails d = claim.details();
        return List.of(d.patient().id(), d.billingProviderNpi(), d.dateOfService(), d.serviceSignature());
    }

    private static boolean isEarlier(Claim other, Claim claim) {
        return storedOrder(other, claim) < 0;
    }

    private static int storedOrder(Claim a, Claim b) {
        int byTime = a.createdAt().compareTo(b.createdAt());
        return byTime != 0 ? byTime : STORED_ORDER.compare(a.id(), b.id());
    }
}
