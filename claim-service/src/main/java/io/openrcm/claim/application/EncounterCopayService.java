package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.claim.persistence.PatientAccountQueries;
import io.openrcm.claim.persistence.PatientEntryStore;
import io.openrcm.claim.persistence.PendingCopayStore;
import io.openrcm.kernel.Money;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Copays collected at check-in for an encounter: posted to its claim when the claim exists, else kept and entered on
 * the claim in the transaction that creates it. A reference is posted once per practice, across both.
 */
@ApplicationScoped
public class EncounterCopayService {

    private final PendingCopayStore pending;
    private final PatientEntryStore entries;
    private final PatientAccountQueries accounts;
    private final PatientBalanceService balances;
    private final Clock clock;

    @Inject
    public EncounterCopayService(PendingCopayStore pending, PatientEntryStore entries, PatientAccountQueries accounts,
            PatientBalanceService balances, Clock clock) {
        this.pending = pending;
        this.entries = entries;
        this.accounts = accounts;
        this.balances = balances;
        this.clock = clock;
    }

    /**
     * The answer to a copay for an encounter.
     *
     * @param posted the posting on the encounter's claim; empty while the copay waits for the claim
     * @param waiting the copay kept for the claim; empty once posted
     * @param repeated true when the reference had been used for this copay before and nothing changed
     */
    public record EncounterCopay(Optional<PatientPosting> posted, Optional<PatientEntry> waiting, boolean repeated) {
    }

    /**
     * Takes a copay for the practice's encounter once per reference.
     *
     * @throws ProblemException 404 when the encounter's claim is another practice's, 409 for a reference used
     *     otherwise, 422 when the encounter's claims were all voided or replaced away, or the claim refuses it
     */
    @Transactional
    public EncounterCopay collect(String practice, UUID encounterId, String reference, Money amount, String note,
            String actor) {
        pending.lockEncounter(encounterId);
        Optional<PendingCopayStore.Pending> kept = pending.byReference(practice, reference);
        if (kept.isPresent()) {
            PendingCopayStore.Pending first = kept.get();
            if (!first.encounterId().equals(encounterId) || !first.copay().sameAs(PatientEntryKind.COPAY, amount)) {
                throw conflict(reference);
            }
            if (first.claimId() == null) {
                return new EncounterCopay(Optional.empty(), Optional.of(first.copay()), true);
            }
        }
        Optional<PatientAccountQueries.EncounterClaim> claim = accounts.liveClaimOfEncounter(encounterId);
        if (claim.isPresent()) {
            if (!claim.get().practice().equals(practice)) {
                throw ProblemException.notFound("Encounter", encounterId.toString());
            }
            PatientPosting posted = balances.post(claim.get().claimId(), PatientEntryKind.COPAY, reference, amount,
                    note, actor);
            return new EncounterCopay(Optional.of(posted), Optional.empty(), posted.repeated());
        }
        if (accounts.encounterHasClaim(encounterId)) {
            throw ProblemException.unprocessable("encounter-without-live-claim", "The encounter has no live claim",
                    List.of(new Violation("/encounterId", "the claims of encounter "
                            + encounterId + " were voided; post the copay to the claim that replaced them")));
        }
        if (entries.byReference(practice, reference).isPresent()) {
            throw conflict(reference);
        }
        PatientEntry copay = new PatientEntry(reference, PatientEntryKind.COPAY, amount,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), note);
        pending.insert(practice, encounterId, copay, actor);
        return new EncounterCopay(Optional.empty(), Optional.of(copay), false);
    }

    /**
     * Enters the copays kept for the encounter on its new claim, under their references; call it in the transaction
     * that creates the claim, which holds the encounter's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyWaiting(String practice, UUID encounterId, UUID claimId, String patientId) {
        for (PendingCopayStore.Pending p : pending.waiting(practice, encounterId)) {
            enter(practice, claimId, patientId, p);
        }
    }

    /**
     * As {@link #applyWaiting(String, UUID, UUID, String)} for a batch's new claims, with one query for the copays of
     * all their encounters (most have none); the transaction holds the encounters' locks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyWaiting(List<Claim> claims) {
        Map<UUID, Claim> byEncounter = new HashMap<>();
        for (Claim claim : claims) {
            byEncounter.put(claim.details().encounterId(), claim);
        }
        for (PendingCopayStore.Waiting w : pending.waitingOf(byEncounter.keySet())) {
            Claim claim = byEncounter.get(w.pending().encounterId());
            if (claim != null && claim.details().billingProviderNpi().equals(w.practice())) {
                enter(w.practice(), claim.id(), claim.details().patient().id(), w.pending());
            }
        }
    }

    private void enter(String practice, UUID claimId, String patientId, PendingCopayStore.Pending p) {
        if (entries.byReference(practice, p.copay().reference()).isPresent()) {
            // Its reference was posted to a claim meanwhile: the claim is made and the copay left for a person.
            return;
        }
        entries.append(practice, claimId, patientId, p.copay(), p.actor());
        pending.applied(practice, p.copay().reference(), claimId);
    }

    private static ProblemException conflict(String reference) {
        return ProblemException.conflict(PatientBalanceService.REFERENCE_CONFLICT, "Reference " + reference
                + " was posted before otherwise; a reference is posted once");
    }
}
