package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.FeeScheduleStore;
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
import java.util.UUID;

/**
 * Use cases of the work queue and of corrections: scrub again (repricing from the fee schedule in effect), correct
 * a claim's data in place, send a replacement (frequency 7) or void (frequency 8) claim, close a claim.
 */
@ApplicationScoped
public class CorrectionService {

    private final ClaimStore store;
    private final ScrubService scrubber;
    private final FeeScheduleStore fees;
    private final ClaimEventPublisher publisher;
    private final Clock clock;

    @Inject
    public CorrectionService(ClaimStore store, ScrubService scrubber,
            FeeScheduleStore fees, ClaimEventPublisher publisher, Clock clock) {
        this.store = store;
        this.scrubber = scrubber;
        this.fees = fees;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Scrubs the claim again, repriced from the fee schedule in effect; READY releases it from the work queue. */
    @Transactional
    public Claim rescrub(UUID claimId) {
        return rescrub(load(claimId), ClaimCorrectionRequest.none());
    }

    /** Applies the corrections to a claim the payer has not accepted yet, then scrubs it again. */
    @Transactional
    public Claim correct(UUID claimId, ClaimCorrectionRequest request) {
        return rescrub(load(claimId), request);
    }

    /** Scrubs again every claim waiting with SCRUB_FAILED (optionally one payer's or provider's only). */
    @Transactional
    public List<Claim> rescrubWaiting(String payerId, String billingProviderNpi) {
        List<Claim> result = new ArrayList<>();
        for (UUID id : store.waitingForScrub(payerId, billingProviderNpi)) {
            result.add(rescrub(load(id), ClaimCorrectionRequest.none()));
        }
        return result;
    }

    /**
     * Sends a replacement (frequency 7) or void (frequency 8) of an adjudicated claim. The payer's claim control
     * number comes from its remittance or from the request.
     *
     * @return the new claim
     */
    @Transactional
    public Claim correctAdjudicated(UUID claimId, boolean isVoid, ClaimCorrectionRequest request) {
        Claim original = load(claimId);
        if (!original.status().isAdjudicated()) {
            throw ProblemException.conflict("claim-not-adjudicated", "Claim " + claimId + " is " + original.status() + "; only a paid,"
                    + " partially paid or denied claim is replaced or voided (correct a claim the payer has not"
                    + " adjudicated with PUT /claims/{id}/corrections)");
        }
        String pcn = request.payerClaimControlNumber() != null ? request.payerClaimControlNumber()
                : original.payerClaimControlNumber();
        if (pcn == null) {
            throw ProblemException.unprocessable("payer-claim-control-number-unknown",
                    "The payer's claim control number is unknown", "Claim " + claimId + " has no payer claim control"
                    + " number yet (none came with a remittance); send it as payerClaimControlNumber",
                    List.of(new Violation("/payerClaimControlNumber", "required for this claim")));
        }
        Instant now = now();
        Correction kind = isVoid ? Correction.voiding(claimId, pcn) : Correction.replacing(claimId, pcn);
        ClaimDetails details = isVoid ? original.details() : apply(original.details(), request);
        Claim.Created created = Claim.create(UUID.randomUUID(), reprice(details), kind, now);
        Claim correction = created.claim();
        List<ClaimDomainEvent> events = new ArrayList<>(created.events());
        events.addAll(correction.scrubbed(scrubber.findings(correction), now));
        store.insert(correction);
        publisher.publish(correction, events, details.correlationId());
        publisher.publish(original, original.correctedBy(correction.id(), kind, now), details.correlationId());
        store.update(original);
        return correction;
    }

    /** The billing office is done with the claim. */
    @Transactional
    public Claim close(UUID claimId, String why) {
        Claim claim = load(claimId);
        publisher.publish(claim, claim.close(why, now()), claim.details().correlationId());
        store.update(claim);
        return claim;
    }

    private Claim rescrub(Claim claim, ClaimCorrectionRequest request) {
        if (!claim.status().isEditable()) {
            throw ProblemException.conflict("claim-not-editable", "Claim " + claim.id() + " is " + claim.status()
                    + "; only a claim not"
                    + " yet accepted by its payer is corrected and scrubbed again (send a replacement instead)");
        }
        Instant now = now();
        ClaimDetails corrected = reprice(apply(claim.details(), request));
        if (!corrected.equals(claim.details())) {
            claim.correctDetails(corrected, now);
        }
        List<ClaimDomainEvent> events = claim.status() == ClaimStatus.READY && corrected.equals(claim.details())
                ? List.of() : claim.scrubbed(scrubber.findings(claim), now);
        store.update(claim);
        publisher.publish(claim, events, claim.details().correlationId());
        return claim;
    }

    private ClaimDetails reprice(ClaimDetails d) {
        return d.withLines(d.lines().stream().map(l -> new ClaimLine(l.lineNumber(), l.code(), l.codeSystem(),
                l.modifiers(), l.units(), l.diagnosisPointers(),
                ClaimBuilder.unitFee(fees, d.billingProviderNpi(), l.code(), l.modifiers(), l.dateOfService()),
                l.dateOfService())).toList());
    }

    static ClaimDetails apply(ClaimDetails d, ClaimCorrectionRequest r) {
        ClaimDetails out = d.corrected(r.subscriberMemberId(), r.renderingProviderNpi(), r.placeOfService());
        if (r.lines() == null || r.lines().isEmpty()) {
            return out;
        }
        List<ClaimLine> lines = new ArrayList<>();
        for (ClaimLine l : out.lines()) {
            ClaimCorrectionRequest.LineCorrection c = r.lines().stream()
                    .filter(x -> x.lineNumber() != null && x.lineNumber() == l.lineNumber()).findFirst().orElse(null);
            lines.add(c == null ? l : new ClaimLine(l.lineNumber(), l.code(), l.codeSystem(),
                    c.modifiers() == null ? l.modifiers() : c.modifiers(), c.units() == null ? l.units() : c.units(),
                    c.diagnosisPointers() == null ? l.diagnosisPointers() : c.diagnosisPointers(), l.unitFee(),
                    l.dateOfService()));
        }
        return out.withLines(lines);
    }

    private Claim load(UUID claimId) {
        return store.load(claimId).orElseThrow(() -> ProblemException.notFound("Claim", claimId.toString()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
