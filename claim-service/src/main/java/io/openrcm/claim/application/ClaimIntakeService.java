package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.persistence.ClaimInserts;
import io.openrcm.claim.persistence.ClaimIntakeQueries;
import io.openrcm.claim.persistence.PendingCopayStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Use case: coded encounters become priced, scrubbed claims (READY for the next interchange, or SCRUB_FAILED in the
 * work queue), in one transaction together with their status events in the outbox. One original claim per
 * encounter. A batch is applied set-based: one statement per table to read what it needs and to write its rows.
 */
@ApplicationScoped
public class ClaimIntakeService {

    private static final Logger LOG = Logger.getLogger(ClaimIntakeService.class);

    private final ClaimBuilder builder;
    private final ScrubService scrubber;
    private final ClaimIntakeQueries queries;
    private final ClaimInserts inserts;
    private final ClaimBatchPublisher publisher;
    private final PendingCopayStore copays;
    private final EncounterCopayService copayService;
    private final Clock clock;

    @Inject
    public ClaimIntakeService(ClaimBuilder builder, ScrubService scrubber, ClaimIntakeQueries queries,
            ClaimInserts inserts, ClaimBatchPublisher publisher, PendingCopayStore copays,
            EncounterCopayService copayService, Clock clock) {
        this.builder = builder;
        this.scrubber = scrubber;
        this.queries = queries;
        this.inserts = inserts;
        this.publisher = publisher;
        this.copays = copays;
        this.copayService = copayService;
        this.clock = clock;
    }

    /**
     * A coded encounter to bill, with the correlation id of the event that brought it.
     *
     * @param encounter the coded encounter
     * @param correlationId carried by every event of its claim
     */
    public record EncounterToBill(CodedEncounter encounter, String correlationId) {
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
        return createFromEncounters(List.of(new EncounterToBill(encounter, correlationId))).stream().findFirst();
    }

    /**
     * Creates and scrubs the claims of a batch of encounters, as {@link #createFromEncounter} would one after the
     * other: an encounter that already has its claim, or came earlier in the batch, gets none.
     *
     * @return the new claims' ids, in the order of their encounters
     * @throws io.openrcm.claim.domain.ClaimRuleException when an encounter cannot be billed; nothing is written
     */
    @Transactional
    public List<UUID> createFromEncounters(List<EncounterToBill> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Set<UUID> encounterIds = new LinkedHashSet<>();
        batch.forEach(b -> encounterIds.add(b.encounter().encounterId()));
        // The encounters' locks, which a copay collected at check-in also takes: it is entered on the new claim or
        // finds it.
        copays.lockEncounters(encounterIds);
        Set<UUID> billed = new HashSet<>(queries.encountersWithOriginal(encounterIds));
        List<EncounterToBill> fresh = batch.stream().filter(b -> billed.add(b.encounter().encounterId())).toList();
        if (fresh.isEmpty()) {
            LOG.infof("%d encounter event(s): every encounter already has a claim; nothing changed", batch.size());
            return List.of();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // One creation time for the batch, and ids ascending in the batch's order: the duplicate rule (earlier means
        // created before, or at the same time with a lower id) then orders the batch's claims as they came.
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(fresh.size()).sorted(ScrubService.STORED_ORDER)
                .toList();
        List<Claim> claims = new ArrayList<>(fresh.size());
        List<List<ClaimDomainEvent>> events = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            EncounterToBill b = fresh.get(i);
            ClaimDetails details = builder.build(b.encounter(), b.correlationId());
            Claim.Created created = Claim.create(ids.get(i), details, Correction.ORIGINAL, now);
            claims.add(created.claim());
            events.add(new ArrayList<>(created.events()));
        }
        Map<UUID, List<Finding>> findings = scrubber.findingsOfNew(claims);
        List<ClaimBatchPublisher.ClaimEvents> published = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            events.get(i).addAll(claim.scrubbed(findings.get(claim.id()), now));
            published.add(new ClaimBatchPublisher.ClaimEvents(claim, events.get(i), fresh.get(i).correlationId()));
        }
        inserts.insertAll(claims);
        copayService.applyWaiting(claims);
        publisher.publishAll(published);
        log(batch.size(), claims);
        return ids;
    }

    private static void log(int events, List<Claim> claims) {
        if (LOG.isDebugEnabled()) {
            for (Claim claim : claims) {
                ClaimDetails d = claim.details();
                LOG.debugf("Claim %s created for encounter %s: payer %s, %d line(s), total %s, %s", claim.id(),
                        d.encounterId(), d.payerId(), d.lines().size(), d.totalCharge(), claim.status());
            }
        }
        long ready = claims.stream().filter(c -> c.status() == ClaimStatus.READY).count();
        LOG.infof("%d claim(s) created from %d encounter event(s): %d READY, %d held by the scrubber; %d event(s)"
                + " for an encounter that has its claim", claims.size(), events, ready, claims.size() - ready,
                events - claims.size());
    }
}
