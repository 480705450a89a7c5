package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.PendingCopayStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: a coded encounter becomes a priced, scrubbed claim (READY for the next interchange, or SCRUB_FAILED in
 * the work queue), in one transaction together with its status events in the outbox. One original claim per
 * encounter.
 */
@ApplicationScoped
public class ClaimIntakeService {

    private static final Logger LOG = Logger.getLogger(ClaimIntakeService.class);

    private final ClaimBuilder builder;
    private final ScrubService scrubber;
    private final ClaimStore store;
    private final ClaimEventPublisher publisher;
    private final PendingCopayStore copays;
    private final EncounterCopayService copayService;
    private final Clock clock;

    @Inject
    public ClaimIntakeService(ClaimBuilder builder, ScrubService scrubber, ClaimStore store,
            ClaimEventPublisher publisher, PendingCopayStore copays, EncounterCopayService copayService,
            Clock clock) {
        this.builder = builder;
        this.scrubber = scrubber;
        this.store = store;
        this.publisher = publisher;
        this.copays = copays;
        this.copayService = copayService;
        this.clock = clock;
    }

    /**
     * Creates and scrubs the claim of an encounter.
     *
     * @param encounter the coded encounter
     * @param correlationId the correlation id of the event, carried by every event of the claim
     * @return the new claim's id; empty when the encounter already has a claim
     * @throws io.openrcm.claim.domain.ClaimRuleException when the encounter cannot be billed
     */
    @Transactional
    public Optional<UUID> createFromEncounter(CodedEncounter encounter, String correlationId) {
        UUID encounterId = encounter.encounterId();
        // The encounter's lock, which a copay collected at check-in also takes: it is entered on this claim or
        // finds it.
        copays.lockEncounter(encounterId);
        if (store.existsOriginalForEncounter(encounterId)) {
            LOG.infof("Encounter %s already has a claim; the event changes nothing", encounterId);
            return Optional.empty();
        }
        ClaimDetails details = builder.build(encounter, correlationId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Claim.Created created = Claim.create(UUID.randomUUID(), details, Correction.ORIGINAL, now);
        Claim claim = created.claim();
        List<ClaimDomainEvent> events = new ArrayList<>(created.events());
        events.addAll(claim.scrubbed(scrubber.findings(claim), now));
        store.insert(claim);
        copayService.applyWaiting(details.billingProviderNpi(), encounterId, claim.id(), details.patient().id());
        publisher.publish(claim, events, correlationId);
        LOG.infof("Claim %s created for encounter %s: payer %s, %d line(s), total %s, %s", claim.id(),
                encounterId, details.payerId(), details.lines().size(), details.totalCharge(), claim.status());
        return Optional.of(claim.id());
    }
}
