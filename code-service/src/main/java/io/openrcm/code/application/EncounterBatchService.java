package io.openrcm.code.application;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetCheck;
import io.openrcm.code.domain.CodeSetSnapshot;
import io.openrcm.code.domain.CodingViolation;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.messaging.EncounterEvents;
import io.openrcm.code.persistence.CodeSetRepository;
import io.openrcm.code.persistence.EncounterRepository;
import io.openrcm.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: accept many encounters at once, each judged on its own exactly as a single request would be, with all new
 * ones (and their events) stored in one transaction. Costs three queries for the whole batch: the known EHR encounter
 * ids, the codes, and the batched inserts.
 */
@ApplicationScoped
public class EncounterBatchService {

    /** A concurrent request may take an EHR encounter id between our check and our insert; each retry sees it. */
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(EncounterBatchService.class);

    private final EncounterRepository encounters;
    private final CodeSetRepository codeSets;
    private final EncounterEvents events;
    private final Clock clock;

    @Inject
    public EncounterBatchService(EncounterRepository encounters, CodeSetRepository codeSets, EncounterEvents events,
            Clock clock) {
        this.encounters = encounters;
        this.codeSets = codeSets;
        this.events = events;
        this.clock = clock;
    }

    /** One outcome per item, in the items' order. */
    public List<BatchOutcome> codeAll(List<BatchItem> items) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> codeAllInTransaction(items));
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !DuplicateKeys.isDuplicateEhrEncounterId(e)) {
                    throw e;
                }
                LOG.debugf("Batch lost a race on an EHR encounter id; attempt %d of %d", attempt + 1, MAX_ATTEMPTS);
            }
        }
    }

    private List<BatchOutcome> codeAllInTransaction(List<BatchItem> items) {
        Set<String> ehrIds = new HashSet<>();
        Set<CodeRef> codes = new HashSet<>();
        for (BatchItem item : items) {
            if (item.content() != null) {
                ehrIds.add(item.content().ehrEncounterId());
                codes.addAll(item.content().codes());
            }
        }
        Map<String, Encounter> known = new HashMap<>(encounters.findByEhrEncounterIds(ehrIds));
        CodeSetSnapshot codeSet = codeSets.versionsOf(codes);
        List<Encounter> fresh = new ArrayList<>();
        List<BatchOutcome> outcomes = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            outcomes.add(outcomeOf(item, known, codeSet, fresh));
        }
        // Inserting in key order makes concurrent batches that share EHR encounter ids wait on each other instead of
        // deadlocking; the loser then fails on the unique constraint and its retry sees the winner's rows.
        fresh.sort(Comparator.comparing(e -> e.content().ehrEncounterId()));
        encounters.add(fresh);
        fresh.forEach(events::coded);
        LOG.infof("Batch of %d encounters: %d coded", items.size(), fresh.size());
        return outcomes;
    }

    private BatchOutcome outcomeOf(BatchItem item, Map<String, Encounter> known, CodeSetSnapshot codeSet,
            List<Encounter> fresh) {
        if (item.rejection() != null) {
            return BatchOutcome.rejected(item.rejection());
        }
        EncounterContent content = item.content();
        try {
            Encounter prior = known.get(content.ehrEncounterId());
            if (prior != null) {
                return BatchOutcome.of(EncounterService.replay(content, prior));
            }
            List<CodingViolation> violations = CodeSetCheck.check(content, codeSet);
            if (!violations.isEmpty()) {
                throw EncounterProblems.unknownCodes(violations);
            }
        } catch (ProblemException e) {
            return BatchOutcome.rejected(e.problem());
        }
        Encounter encounter = Encounter.coded(UUID.randomUUID(), content, item.correlationId(), clock.instant());
        known.put(content.ehrEncounterId(), encounter);
        fresh.add(encounter);
        return BatchOutcome.of(new CodingOutcome(encounter, true));
    }
}
