package io.openrcm.code.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.code.domain.AuditEntry;
import io.openrcm.code.domain.CodeSuggestion;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.EncounterKey;
import io.openrcm.code.domain.EncounterStatus;
import io.openrcm.code.domain.KnownEncounter;
import io.openrcm.code.domain.edits.EditFinding;
import io.openrcm.code.persistence.CodingRecords;
import io.openrcm.code.persistence.EncounterRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Use case: accept one encounter from an EHR exactly once. Stores it and its EncounterCoded event in one transaction;
 * answers a retry with the first result, and refuses the same EHR encounter id with different content.
 */
@ApplicationScoped
public class EncounterService {

    private static final Logger LOG = Logger.getLogger(EncounterService.class);

    private final EncounterRepository encounters;
    private final CodingEngine engine;
    private final CodingRecords records;
    private final EncounterEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public EncounterService(EncounterRepository encounters, CodingEngine engine, CodingRecords records,
            EncounterEvents events, ObjectMapper json, Clock clock) {
        this.encounters = encounters;
        this.engine = engine;
        this.records = records;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Codes the encounter, or returns the one an identical earlier request created.
     *
     * @throws io.openrcm.platform.problem.ProblemException 409 for a conflicting retry
     */
    public CodingOutcome code(EncounterContent content, String correlationId) {
        return code(content, correlationId, outcome -> {
        });
    }

    /**
     * As {@link #code(EncounterContent, String)}, and runs {@code alsoInTransaction} with the outcome inside the
     * transaction that stores it (the REST layer writes its audit record there, so both commit or neither).
     */
    public CodingOutcome code(EncounterContent content, String correlationId,
            Consumer<CodingOutcome> alsoInTransaction) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                CodingOutcome outcome = codeInTransaction(content, correlationId);
                alsoInTransaction.accept(outcome);
                return outcome;
            });
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateEhrEncounterId(e)) {
                throw e;
            }
            // A concurrent request with the same EHR encounter id committed first: its encounter is the answer.
            LOG.debugf("Encounter %s was created concurrently; answering with the existing one",
                    content.ehrEncounterId());
            return QuarkusTransaction.requiringNew().call(() -> {
                CodingOutcome outcome = replay(content,
                        encounters.findByKey(EncounterKey.of(content)).orElseThrow(() -> e));
                alsoInTransaction.accept(outcome);
                return outcome;
            });
        }
    }

    /** The encounter with that id. */
    public Optional<Encounter> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> encounters.findEncounter(id));
    }

    /** The encounter with that id, if it is of one of the practices (billing-provider NPIs). */
    public Optional<Encounter> find(UUID id, Set<String> practices) {
        return QuarkusTransaction.requiringNew().call(() -> encounters.findEncounter(id, practices));
    }

    /** The encounter created for that EHR encounter id, if it is of one of the practices. */
    public Optional<Encounter> findByEhrEncounterId(String ehrEncounterId, Set<String> practices) {
        return QuarkusTransaction.requiringNew()
                .call(() -> encounters.findByEhrEncounterId(ehrEncounterId, practices));
    }

    private CodingOutcome codeInTransaction(EncounterContent content, String correlationId) {
        // The practice's own earlier post of this EHR id, never another practice's: that one is none of its business.
        // Read whole only when this request repeats it: the answer is then that encounter.
        EncounterKey key = EncounterKey.of(content);
        KnownEncounter prior = encounters.findKnown(Set.of(key)).get(key);
        if (prior != null) {
            if (!prior.isRetryOf(content)) {
                throw EncounterProblems.idempotencyConflict(content.ehrEncounterId());
            }
            return new CodingOutcome(encounters.findEncounter(prior.id()).orElseThrow(), false);
        }
        Accepted accepted = accept(content, correlationId);
        encounters.add(List.of(accepted.encounter()));
        recordAll(List.of(accepted));
        return new CodingOutcome(accepted.encounter(), true);
    }

    /** Codes what came as text, runs the edits and decides: coded (emitted) or waiting for a coder. */
    Accepted accept(EncounterContent content, String correlationId) {
        CodingEngine.AutoCoded auto = engine.autoCode(content);
        List<EditFinding> findings = engine.edits(auto.content());
        return new Accepted(Encounter.received(UUID.randomUUID(), auto.content(), content.fingerprint(),
                correlationId, findings, clock.instant()), content, auto.suggestions());
    }

    /**
     * A new encounter, the content received for it (before automatic coding) and the suggestions made for its text.
     * Compared by identity: a batch keeps them in lists, and a deep hash of every encounter was measurable.
     */
    static final class Accepted {

        private final Encounter encounter;
        private final EncounterContent received;
        private final List<CodeSuggestion> suggestions;

        Accepted(Encounter encounter, EncounterContent received, List<CodeSuggestion> suggestions) {
            this.encounter = encounter;
            this.received = received;
            this.suggestions = suggestions;
        }

        Encounter encounter() {
            return encounter;
        }

        EncounterContent received() {
            return received;
        }

        List<CodeSuggestion> suggestions() {
            return suggestions;
        }
    }

    /**
     * Once the new encounters' rows exist: the audit of automatic coding and the suggestions of all of them (one
     * batch per table), their events in one outbox insert, and one log line per batch (the caller's) instead of one
     * per encounter.
     */
    void recordAll(List<Accepted> accepted) {
        Map<UUID, AuditEntry> autoCoded = new LinkedHashMap<>();
        Map<UUID, List<CodeSuggestion>> suggested = new LinkedHashMap<>();
        List<Encounter> coded = new ArrayList<>(accepted.size());
        for (Accepted a : accepted) {
            Encounter encounter = a.encounter();
            EncounterContent received = a.received();
            // The same instance when nothing came as text: automatic coding had nothing to do.
            if (received != encounter.content() && !received.equals(encounter.content())) {
                autoCoded.put(encounter.id(), new AuditEntry("AUTO", "AUTO_CODED", encounter.receivedAt(),
                        CodingState.of(json, received), CodingState.of(json, encounter.content())));
            }
            if (!received.fullyCoded()) {
                suggested.put(encounter.id(), a.suggestions());
            }
            if (encounter.status() == EncounterStatus.CODED) {
                coded.add(encounter);
            }
            // DEBUG: one INFO line per encounter was a measurable share of the hot path's CPU (issue 14).
            LOG.debugf("Encounter %s %s (EHR encounter %s, %d findings)", encounter.id(), encounter.status(),
                    encounter.content().ehrEncounterId(), encounter.findings().size());
        }
        records.auditNew(autoCoded);
        records.addSuggestions(suggested);
        events.codedAll(coded);
    }

    static CodingOutcome replay(EncounterContent content, Encounter existing) {
        if (!existing.isRetryOf(content)) {
            throw EncounterProblems.idempotencyConflict(content.ehrEncounterId());
        }
        return new CodingOutcome(existing, false);
    }
}
