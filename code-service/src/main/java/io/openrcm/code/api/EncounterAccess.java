package io.openrcm.code.api;

import io.openrcm.code.application.CodingOutcome;
import io.openrcm.code.application.EncounterService;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.platform.audit.Audit;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;

/**
 * Whether the caller may post, read or code an encounter, and the audit of it. Posting for a practice the token does
 * not carry is a 403 naming the practice (the caller named it); an encounter id of another practice is a 404, like
 * one that does not exist, so a guessed id reveals nothing.
 */
@RequestScoped
public class EncounterAccess {

    static final String ENCOUNTER = "Encounter";

    @Inject
    Caller caller;
    @Inject
    Audit audit;
    @Inject
    EncounterService encounters;

    /** Refuses (403, audited) content of a practice the caller may not act for. */
    void requirePractice(EncounterContent content, String action) {
        audit.target(new AuditEntry(action, ENCOUNTER, content.ehrEncounterId(), content.patient().id(),
                content.billingProviderNpi()));
        caller.requirePractice(content.billingProviderNpi());
    }

    /** The encounter of the caller's practices with that id; else audited and 404. */
    Encounter require(UUID id, String action) {
        Encounter encounter = encounters.find(id, caller.practices()).orElse(null);
        if (encounter == null) {
            audit.notFound(AuditEntry.of(action, ENCOUNTER, id.toString()));
            throw ProblemException.notFound(ENCOUNTER, id.toString());
        }
        AuditEntry entry = entry(action, encounter);
        audit.target(entry);
        return encounter;
    }

    /**
     * The audit record of a created or repeated encounter, as {@link Audit#changed} would write it, for a transaction
     * that may run on another thread (a micro-batch): the caller and the correlation id are taken now, on the
     * request's.
     */
    Function<CodingOutcome, AuditTrail.Attributed> changedElsewhere(String action) {
        Caller who = caller.snapshot();
        String correlationId = audit.correlationId();
        return outcome -> new AuditTrail.Attributed(who, entry(action, outcome.encounter()), correlationId);
    }

    static AuditEntry entry(String action, Encounter e) {
        return new AuditEntry(action, ENCOUNTER, e.id().toString(), e.content().patient().id(),
                e.content().billingProviderNpi());
    }

    Caller caller() {
        return caller;
    }

    Audit audit() {
        return audit;
    }
}
