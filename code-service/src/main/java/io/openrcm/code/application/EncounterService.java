package io.openrcm.code.application;

import io.openrcm.code.domain.CodeSetCheck;
import io.openrcm.code.domain.CodingViolation;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.messaging.EncounterEvents;
import io.openrcm.code.persistence.CodeSetRepository;
import io.openrcm.code.persistence.EncounterRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: accept one encounter from an EHR exactly once. Stores it and its EncounterCoded event in one transaction;
 * answers a retry with the first result, and refuses the same EHR encounter id with different content.
 */
@ApplicationScoped
public class EncounterService {

    private static final Logger LOG = Logger.getLogger(EncounterService.class);

    private final EncounterRepository encounters;
    private final CodeSetCheck codeSetCheck;
    private final EncounterEvents events;
    private final Clock clock;

    @Inject
    public EncounterService(EncounterRepository encounters, CodeSetRepository codeSets, EncounterEvents events,
            Clock clock) {
        this.encounters = encounters;
        this.codeSetCheck = new CodeSetCheck(codeSets);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Codes the encounter, or returns the one an identical earlier request created.
     *
     * @throws io.openrcm.platform.problem.ProblemException 422 for unknown codes, 409 for a conflicting retry
     */
    public CodingOutcome code(EncounterContent content, String correlationId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> codeInTransaction(content, correlationId));
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateEhrEncounterId(e)) {
                throw e;
            }
            // A concurrent request with the same EHR encounter id committed first: its encounter is the answer.
            LOG.debugf("Encounter %s was created concurrently; answering with the existing one",
                    content.ehrEncounterId());
            return QuarkusTransaction.requiringNew().call(() -> replay(content,
                    encounters.findByEhrEncounterId(content.ehrEncounterId()).orElseThrow(() -> e)));
        }
    }

    /** The encounter with that id. */
    public Optional<Encounter> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> encounters.findEncounter(id));
    }

    /** The encounter created for that EHR encounter id. */
    public Optional<Encounter> findByEhrEncounterId(String ehrEncounterId) {
        return QuarkusTransaction.requiringNew().call(() -> encounters.findByEhrEncounterId(ehrEncounterId));
    }

    private CodingOutcome codeInTransaction(EncounterContent content, String correlationId) {
        Optional<Encounter> existing = encounters.findByEhrEncounterId(content.ehrEncounterId());
        if (existing.isPresent()) {
            return replay(content, existing.get());
        }
        List<CodingViolation> violations = codeSetCheck.check(content);
        if (!violations.isEmpty()) {
            throw EncounterProblems.unknownCodes(violations);
        }
        Encounter encounter = Encounter.coded(UUID.randomUUID(), content, correlationId, clock.instant());
        encounters.add(List.of(encounter));
        events.coded(encounter);
        LOG.infof("Encounter %s coded (EHR encounter %s, %d diagnoses, %d lines)", encounter.id(),
                content.ehrEncounterId(), content.diagnoses().size(), content.serviceLines().size());
        return new CodingOutcome(encounter, true);
    }

    static CodingOutcome replay(EncounterContent content, Encounter existing) {
        if (!existing.isRetryOf(content)) {
            throw EncounterProblems.idempotencyConflict(content.ehrEncounterId());
        }
        return new CodingOutcome(existing, false);
    }
}
