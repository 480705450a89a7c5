package io.openrcm.claim.application;

import io.openrcm.claim.config.ClaimServiceConfig;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.PatientBalance;
import io.openrcm.claim.domain.PatientBalanceException;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.claim.persistence.ClaimStore;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of what the patient owes: a claim's and an account's patient balance, patient payments and refunds
 * (each reference posted once per practice), and the small-balance write-off. It lives in claim-service because the
 * claim owns the patient responsibility the payers left and the claim's state, which a patient's payment in full
 * closes; reimbursement-service's ledger is the payers' money, read from their remittances.
 */
@ApplicationScoped
public class PatientBalanceService {

    static final String REFERENCE_CONFLICT = "patient-reference-conflict";

    private final ClaimStore claims;
    private final PatientEntryStore entries;
    private final PendingCopayStore pendingCopays;
    private final PatientAccountQueries accounts;
    private final ClaimEventPublisher publisher;
    private final ClaimServiceConfig config;
    private final Clock clock;

    @Inject
    public PatientBalanceService(ClaimStore claims, PatientEntryStore entries, PendingCopayStore pendingCopays,
            PatientAccountQueries accounts, ClaimEventPublisher publisher, ClaimServiceConfig config, Clock clock) {
        this.claims = claims;
        this.entries = entries;
        this.pendingCopays = pendingCopays;
        this.accounts = accounts;
        this.publisher = publisher;
        this.config = config;
        this.clock = clock;
    }

    /** The claim with its patient balance. */
    @Transactional
    public Optional<PatientClaim> ofClaim(UUID claimId) {
        return claims.load(claimId).map(c -> new PatientClaim(c, PatientBalance.of(c, entries.ofClaim(claimId))));
    }

    /** The account's live claims with their patient balances, oldest first; empty when there is no such patient. */
    @Transactional
    public List<PatientClaim> account(String practice, String patientId) {
        return withBalances(accounts.claimsOf(practice, patientId));
    }

    /** The practice's patients who owe something. */
    @Transactional
    public List<String> accountsOwing(String practice) {
        return accounts.accountsOwing(practice);
    }

    /**
     * Posts a patient payment, a copay collected at the time of service (held until the payers are done) or a refund
     * once per reference in the claim's practice: the same reference again, same
     * kind, claim and amount, answers the first posting and changes nothing; anything else under it is a 409.
     * A payment in full (or one that leaves a balance under the small-balance threshold, written off) closes the
     * claim when insurance is done with it.
     *
     * @throws ProblemException 409 for a reference used otherwise, 422 when the patient balance refuses it
     */
    @Transactional
    public PatientPosting post(UUID claimId, PatientEntryKind kind, String reference, Money amount, String note,
            String actor) {
        entries.lockClaim(claimId);
        Claim claim = claims.load(claimId).orElseThrow(() -> ProblemException.notFound("Claim", claimId.toString()));
        String practice = claim.details().billingProviderNpi();
        if (pendingCopays.byReference(practice, reference).filter(p -> p.claimId() == null).isPresent()) {
            throw ProblemException.conflict(REFERENCE_CONFLICT, "Reference " + reference + " is a copay kept for an"
                    + " encounter not yet billed; a reference is posted once");
        }
        Optional<PatientEntryStore.Posted> earlier = entries.byReference(practice, reference);
        if (earlier.isPresent()) {
            PatientEntryStore.Posted first = earlier.get();
            if (!first.claimId().equals(claimId) || !first.entry().sameAs(kind, amount)) {
                throw ProblemException.conflict(REFERENCE_CONFLICT, "Reference " + reference + " was posted before as"
                        + " a " + first.entry().kind().name().toLowerCase() + " of " + first.entry().amount()
                        + " to claim " + first.claimId() + "; a reference is posted once");
            }
            return new PatientPosting(first.entry(), ofClaim(claimId).orElseThrow(), true, Optional.empty());
        }
        PatientBalance balance = PatientBalance.of(claim, entries.ofClaim(claimId));
        Instant now = now();
        PatientEntry entry;
        try {
            entry = switch (kind) {
                case REFUND -> balance.refund(reference, amount, now, note);
                case COPAY -> balance.collectAtService(reference, amount, now, note, claim.balance().totalCharge(),
                        claim.balance().paid());
                case PAYMENT -> balance.pay(reference, amount, now, note);
                case WRITE_OFF -> throw new IllegalArgumentException("a write-off is made by the rule, not posted");
            };
        } catch (PatientBalanceException e) {
            throw ProblemException.unprocessable("patient-balance-refused", "Refused by the patient balance",
                    List.of(new Violation("/" + e.field(), e.getMessage())));
        }
        String patientId = claim.details().patient().id();
        entries.append(practice, claimId, patientId, entry, actor);
        balance = balance.with(entry);
        Optional<PatientEntry> writeOff = kind == PatientEntryKind.PAYMENT
                ? balance.smallBalanceWriteOff(threshold(practice), writeOffReference(), now) : Optional.empty();
        if (writeOff.isPresent()) {
            entries.append(practice, claimId, patientId, writeOff.get(), actor);
            balance = balance.with(writeOff.get());
        }
        closeWhenSettled(claim, balance, now, posted(entry) + writeOff.map(w -> " and " + w.amount()
                + " written off").orElse(""));
        return new PatientPosting(entry, new PatientClaim(claim, balance), false, writeOff);
    }

    /** Writes off every patient balance of the practice under its threshold; returns the claims written off. */
    @Transactional
    public List<PatientClaim> writeOffSmallBalances(String practice, String actor) {
        Money threshold = threshold(practice);
        List<PatientClaim> writtenOff = new ArrayList<>();
        for (UUID claimId : accounts.claimsOwing(practice)) {
            entries.lockClaim(claimId);
            Claim claim = claims.load(claimId).orElseThrow();
            PatientBalance balance = PatientBalance.of(claim, entries.ofClaim(claimId));
            Instant now = now();
            Optional<PatientEntry> writeOff = balance.smallBalanceWriteOff(threshold, writeOffReference(), now);
            if (writeOff.isPresent()) {
                entries.append(practice, claimId, claim.details().patient().id(), writeOff.get(), actor);
                balance = balance.with(writeOff.get());
                closeWhenSettled(claim, balance, now, posted(writeOff.get()));
                writtenOff.add(new PatientClaim(claim, balance));
            }
        }
        return writtenOff;
    }

    /** The small-balance threshold of the practice: its own, else the global one. */
    public Money threshold(String practice) {
        return Money.of(config.patient().smallBalanceThresholds().getOrDefault(practice,
                config.patient().smallBalanceThreshold()));
    }

    /**
     * Closes the claim when the patient balance is settled; otherwise publishes the patient's side as a change to the
     * same status (the feed's readers keep the patient balance), saying what was posted.
     */
    private void closeWhenSettled(Claim claim, PatientBalance balance, Instant now, String posted) {
        List<ClaimDomainEvent> events = List.of();
        if (balance.isSettled()) {
            String why = balance.writtenOff().isPositive()
                    ? "the patient balance is settled (small balance written off)" : "the patient paid in full";
            events = claim.closeForPatient(why, now);
            if (!events.isEmpty()) {
                claims.update(claim);
            }
        }
        if (events.isEmpty()) {
            events = claim.patientSideChanged(posted + "; the patient owes " + balance.owed()
                    + (balance.credit().isPositive() ? ", credit " + balance.credit() + " to refund" : ""), now);
        }
        publisher.publish(claim, events, claim.details().correlationId());
    }

    private static String posted(PatientEntry entry) {
        String kind = switch (entry.kind()) {
            case PAYMENT -> "Patient payment";
            case COPAY -> "Copay collected at the time of service";
            case REFUND -> "Refund to the patient";
            case WRITE_OFF -> "Small balance write-off";
        };
        return kind + " of " + entry.amount() + " posted";
    }

    private List<PatientClaim> withBalances(List<UUID> claimIds) {
        Map<UUID, List<PatientEntry>> byClaim = entries.ofClaims(claimIds);
        return claimIds.stream().map(id -> claims.load(id).orElseThrow()).map(c -> new PatientClaim(c,
                PatientBalance.of(c, byClaim.getOrDefault(c.id(), List.of())))).toList();
    }

    private static String writeOffReference() {
        return "WO-" + UUID.randomUUID();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
