package io.openrcm.code.application;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        record(content, accepted);
        return new CodingOutcome(accepted.encounter(), true);
    }

    /** Codes what came as text, runs the edits and decides: coded (emitted) or waiting for a coder. */
    Accepted accept(EncounterContent content, String correlationId) {
        CodingEngine.AutoCoded auto = engine.autoCode(content);
        List<EditFinding> findings = engine.edits(auto.content());
        return new Accepted(Encounter.received(UUID.randomUUID(), auto.content(), content.fingerprint(),
                correlationId, findings, clock.instant()), auto.suggestions());
    }

    /** A new encounter and the suggestions made for its text. */
    record Accepted(Encounter encounter, List<CodeSuggestion> suggestions) {
    }

    /** The suggestions, the audit of automatic coding and the event, once the encounter row exists. */
    void record(EncounterContent received, Accepted accepted) {
        Encounter encounter = accepted.encounter();
        recordCoding(received, accepted);
        if (encounter.status() == EncounterStatus.CODED) {
            events.coded(encounter);
        }
        // DEBUG: one INFO line per encounter was a measurable share of the hot path's CPU (issue 14).
        LOG.debugf("Encounter %s %s (EHR encounter %s, %d diagnoses, %d lines, %d findings)", encounter.id(),
                encounter.status(), received.ehrEncounterId(), received.diagnoses().size(),
                received.serviceLines().size(), encounter.findings().size());
    }

    /**
     * As {@link #record} for the new encounters of a batch (each with the content received), with the events of all
     * of them in one outbox insert, and one log line per batch (the caller's) instead of one per encounter.
     */
    void recordAll(List<Accepted> accepted, Map<Accepted, EncounterContent> received) {
        List<Encounter> coded = new ArrayList<>(accepted.size());
        for (Accepted a : accepted) {
            recordCoding(received.get(a), a);
            if (a.encounter().status() == EncounterStatus.CODED) {
                coded.add(a.encounter());
            }
            LOG.debugf("Encounter %s %s (EHR encounter %s, %d findings)", a.encounter().id(), a.encounter().status(),
                    a.encounter().content().ehrEncounterId(), a.encounter().findings().size());
        }
        events.codedAll(coded);
    }

    private void recordCoding(EncounterContent received, Accepted accepted) {
        Encounter encounter = accepted.encounter();
        if (!received.equals(encounter.content())) {
            records.audit(encounter.id(), "AUTO", "AUTO_CODED", encounter.receivedAt(), CodingState.of(json, received),
                    CodingState.of(json, encounter.content()));
        }
        if (!received.fullyCoded()) {
            records.saveSuggestions(encounter.id(), accepted.suggestions());
        }
    }

    static CodingOutcome replay(EncounterContent content, Encounter existing) {
        if (!existing.isRetryOf(content)) {
            throw EncounterProblems.idempotencyConflict(content.ehrEncounterId());
        }
        return new CodingOutcome(existing, false);
    }
}
