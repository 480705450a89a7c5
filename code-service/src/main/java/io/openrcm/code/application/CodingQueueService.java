package io.openrcm.code.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.code.domain.AuditEntry;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSuggestion;
import io.openrcm.code.domain.CodedBy;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.EncounterStatus;
import io.openrcm.code.domain.ServiceLine;
import io.openrcm.code.domain.edits.EditFinding;
import io.openrcm.code.persistence.CodingRecords;
import io.openrcm.code.persistence.EncounterRepository;
import io.openrcm.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Use cases of the coder work queue: claim an encounter, release it, finalize it with chosen codes. Every change is
 * audited; finalizing re-runs the coding edits and emits EncounterCoded when no error remains.
 */
@ApplicationScoped
public class CodingQueueService {

    private static final Logger LOG = Logger.getLogger(CodingQueueService.class);

    private final EncounterRepository encounters;
    private final CodingEngine engine;
    private final CodingRecords records;
    private final EncounterEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public CodingQueueService(EncounterRepository encounters, CodingEngine engine, CodingRecords records,
            EncounterEvents events, ObjectMapper json, Clock clock) {
        this.encounters = encounters;
        this.engine = engine;
        this.records = records;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A line as the coder finalizes it: a new code, and optionally new modifiers, units and pointers. */
    public record LineChoice(int lineNumber, CodeRef code, List<String> modifiers, Integer units,
            List<Integer> diagnosisPointers) {
    }

    /** A page of the queue, oldest first, and how many match. */
    public record Slice(List<Encounter> items, long total) {
    }

    /** An encounter with its suggestions and audit trail. */
    public record Detail(Encounter encounter, List<CodeSuggestion> suggestions,
            List<AuditEntry> audit) {
    }

    /** The queue filtered by status, payer, reason and coder. */
    public Slice queue(List<String> statuses, String payerId, String reason, String claimedBy, Set<String> practices,
            int offset, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EncounterRepository.QueuePage page = encounters.queue(statuses, payerId, reason, claimedBy, practices,
                    offset, limit);
            return new Slice(page.items(), page.total());
        });
    }

    /** One encounter of the practices with what a coder needs. */
    public Optional<Detail> detail(UUID id, Set<String> practices) {
        return QuarkusTransaction.requiringNew().call(() -> encounters.findEncounter(id, practices)
                .map(e -> new Detail(e, records.suggestions(id), records.auditTrail(id))));
    }

    /** The coder takes the encounter. */
    public Encounter claim(UUID id, String coderId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Encounter e = locked(id);
            if (!e.status().canMoveTo(EncounterStatus.IN_REVIEW)
                    || (e.status() == EncounterStatus.IN_REVIEW && !coderId.equals(e.claimedBy()))) {
                throw EncounterProblems.notClaimable("Encounter " + id + " is " + e.status()
                        + (e.claimedBy() == null ? "" : " (claimed by " + e.claimedBy() + ")")
                        + " and cannot be claimed by " + coderId);
            }
            Instant now = clock.instant();
            Encounter claimed = e.claim(coderId, now);
            encounters.update(e, claimed);
            records.audit(id, "CODER:" + coderId, "CLAIMED", now, e.status().name(), claimed.status().name());
            return claimed;
        });
    }

    /** The coder holding the encounter gives it back to the queue. */
    public Encounter release(UUID id, String coderId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Encounter e = locked(id);
            if (e.status() != EncounterStatus.IN_REVIEW || !coderId.equals(e.claimedBy())) {
                throw EncounterProblems.notClaimable("Encounter " + id + " is not claimed by " + coderId);
            }
            Encounter released = e.release();
            encounters.update(e, released);
            records.audit(id, CodedBy.coder(coderId).value(), "RELEASED", clock.instant(), e.status().name(),
                    released.status().name());
            return released;
        });
    }

    /** The coder finalizes with the chosen codes; 422 with every edit error when the codes still break edits. */
    public Encounter finalizeCoding(UUID id, String coderId, List<String> diagnoses, List<LineChoice> lines) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Encounter e = locked(id);
            if (e.status() != EncounterStatus.IN_REVIEW || !coderId.equals(e.claimedBy())) {
                throw EncounterProblems.notClaimable("Encounter " + id + " must be claimed by " + coderId
                        + " before it is finalized; it is " + e.status());
            }
            EncounterContent before = e.content();
            CodedBy by = CodedBy.coder(coderId);
            EncounterContent after = before.withCodes(diagnoses(before, diagnoses, by), lines(before, lines, by));
            List<EditFinding> findings = engine.edits(after);
            if (findings.stream().anyMatch(EditFinding::isError) || !after.fullyCoded()) {
                throw EncounterProblems.editErrors(findings);
            }
            Instant now = clock.instant();
            Encounter coded = e.finalizeWith(after, findings, now);
            encounters.update(e, coded);
            records.audit(id, by.value(), "FINALIZED", now, CodingState.of(json, before),
                    CodingState.of(json, after));
            events.coded(coded);
            LOG.infof("Encounter %s finalized by coder %s with %d warnings", id, coderId, coded.warnings().size());
            return coded;
        });
    }

    private Encounter locked(UUID id) {
        return encounters.lock(id).orElseThrow(() -> ProblemException.notFound("Encounter", id.toString()));
    }

    private static List<Diagnosis> diagnoses(EncounterContent before, List<String> codes, CodedBy by) {
        if (codes == null) {
            return before.diagnoses();
        }
        List<Diagnosis> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Diagnosis old = i < before.diagnoses().size() ? before.diagnoses().get(i) : null;
            String code = codes.get(i);
            boolean unchanged = old != null && code.equals(old.code());
            out.add(new Diagnosis(i + 1, code, old == null ? null : old.text(), unchanged ? old.codedBy() : by));
        }
        return out;
    }

    private static List<ServiceLine> lines(EncounterContent before, List<LineChoice> choices, CodedBy by) {
        Map<Integer, LineChoice> byLine = choices == null ? Map.of()
                : choices.stream().collect(Collectors.toMap(LineChoice::lineNumber, Function.identity(), (a, b) -> b));
        List<ServiceLine> out = new ArrayList<>();
        for (ServiceLine l : before.serviceLines()) {
            LineChoice c = byLine.get(l.lineNumber());
            if (c == null) {
                out.add(l);
                continue;
            }
            boolean unchanged = c.code().equals(l.code());
            out.add(new ServiceLine(l.lineNumber(), c.code(), l.text(),
                    c.modifiers() == null ? l.modifiers() : c.modifiers(), c.units() == null ? l.units() : c.units(),
                    c.diagnosisPointers() == null ? l.diagnosisPointers() : c.diagnosisPointers(),
                    unchanged && c.modifiers() == null ? l.codedBy() : by));
        }
        return out;
    }
}
