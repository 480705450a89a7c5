package io.openrcm.code.application;

import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.EncounterKey;
import io.openrcm.code.domain.KnownEncounter;
import io.openrcm.code.persistence.EncounterRepository;
import io.openrcm.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Use case: accept many encounters at once, each judged on its own exactly as a single request would be, with all new
 * ones (and their events) stored in one transaction.
 */
@ApplicationScoped
public class EncounterBatchService {

    /** A concurrent request may take an EHR encounter id between our check and our insert; each retry sees it. */
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(EncounterBatchService.class);

    private final EncounterRepository encounters;
    private final EncounterService single;

    @Inject
    public EncounterBatchService(EncounterRepository encounters, EncounterService single) {
        this.encounters = encounters;
        this.single = single;
    }

    /** One outcome per item, in the items' order. */
    public List<BatchOutcome> codeAll(List<BatchItem> items) {
        return codeAll(items, outcomes -> {
        });
    }

    /**
     * As {@link #codeAll(List)}, and runs {@code alsoInTransaction} with the outcomes inside the transaction that
     * stores them (the REST layer writes the batch's audit records there, so both commit or neither).
     */
    public List<BatchOutcome> codeAll(List<BatchItem> items, Consumer<List<BatchOutcome>> alsoInTransaction) {
        return codeAll(items, alsoInTransaction, true);
    }

    /**
     * As {@link #codeAll(List, Consumer)} for a micro-batch of single requests: its summary goes to DEBUG, as each
     * single request's line does, so a quiet service does not log one INFO line per request.
     */
    List<BatchOutcome> codeGroup(List<BatchItem> items, Consumer<List<BatchOutcome>> alsoInTransaction) {
        return codeAll(items, alsoInTransaction, false);
    }

    private List<BatchOutcome> codeAll(List<BatchItem> items, Consumer<List<BatchOutcome>> alsoInTransaction,
            boolean summaryAtInfo) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    List<BatchOutcome> outcomes = codeAllInTransaction(items, summaryAtInfo);
                    alsoInTransaction.accept(outcomes);
                    return outcomes;
                });
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !DuplicateKeys.isDuplicateEhrEncounterId(e)) {
                    throw e;
                }
                LOG.debugf("Batch lost a race on an EHR encounter id; attempt %d of %d", attempt + 1, MAX_ATTEMPTS);
            }
        }
    }

    private List<BatchOutcome> codeAllInTransaction(List<BatchItem> items, boolean summaryAtInfo) {
        Set<EncounterKey> keys = new HashSet<>();
        for (BatchItem item : items) {
            if (item.content() != null) {
                keys.add(EncounterKey.of(item.content()));
            }
        }
        // One statement for the whole batch, reading only id and fingerprint; a whole encounter is read only for the
        // identical retries, whose answer is that encounter.
        Map<EncounterKey, KnownEncounter> stored = encounters.findKnown(keys);
        Map<UUID, Encounter> repeated = stored.isEmpty() ? Map.of()
                : encounters.findEncounters(retried(items, stored));
        Known known = new Known(stored, repeated, new HashMap<>());
        List<EncounterService.Accepted> fresh = new ArrayList<>();
        List<BatchOutcome> outcomes = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            outcomes.add(outcomeOf(item, known, fresh));
        }
        // Inserting in key order makes concurrent batches that share EHR encounter ids wait on each other instead of
        // deadlocking; the loser then fails on the unique constraint and its retry sees the winner's rows.
        fresh.sort(Comparator.comparing((EncounterService.Accepted a) -> a.encounter().content().ehrEncounterId())
                .thenComparing(a -> a.encounter().content().billingProviderNpi()));
        encounters.add(fresh.stream().map(EncounterService.Accepted::encounter).toList());
        single.recordAll(fresh);
        LOG.logf(summaryAtInfo ? Logger.Level.INFO : Logger.Level.DEBUG, "Batch of %d encounters: %d coded",
                items.size(), fresh.size());
        return outcomes;
    }

    /** The stored encounters that items of the batch repeat identically. */
    private static Set<UUID> retried(List<BatchItem> items, Map<EncounterKey, KnownEncounter> stored) {
        Set<UUID> ids = new HashSet<>();
        for (BatchItem item : items) {
            KnownEncounter prior = item.content() == null ? null : stored.get(EncounterKey.of(item.content()));
            if (prior != null && prior.isRetryOf(item.content())) {
                ids.add(prior.id());
            }
        }
        return ids;
    }

    /**
     * What the batch knows of each key: the encounters stored before it (and, whole, those it repeats), and the ones
     * it created itself, which a later item with the same key repeats or conflicts with.
     */
    private record Known(Map<EncounterKey, KnownEncounter> stored, Map<UUID, Encounter> repeated,
            Map<EncounterKey, Encounter> created) {
    }

    private BatchOutcome outcomeOf(BatchItem item, Known known, List<EncounterService.Accepted> fresh) {
        if (item.rejection() != null) {
            return BatchOutcome.rejected(item.rejection());
        }
        EncounterContent content = item.content();
        EncounterKey key = EncounterKey.of(content);
        KnownEncounter prior = known.stored().get(key);
        if (prior != null) {
            if (!prior.isRetryOf(content)) {
                return BatchOutcome.rejected(EncounterProblems.idempotencyConflict(content.ehrEncounterId()).problem());
            }
            Encounter existing = known.repeated().get(prior.id());
            if (existing == null) {
                throw new IllegalStateException("Encounter " + prior.id() + " vanished within its transaction");
            }
            return BatchOutcome.of(new CodingOutcome(existing, false));
        }
        Encounter earlier = known.created().get(key);
        if (earlier != null) {
            try {
                return BatchOutcome.of(EncounterService.replay(content, earlier));
            } catch (ProblemException e) {
                return BatchOutcome.rejected(e.problem());
            }
        }
        EncounterService.Accepted accepted = single.accept(content, item.correlationId());
        known.created().put(key, accepted.encounter());
        fresh.add(accepted);
        return BatchOutcome.of(new CodingOutcome(accepted.encounter(), true));
    }
}
