package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.claim.domain.Diagnosis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and loads the claim aggregate: maps it to the claim tables and back. */
@ApplicationScoped
public class ClaimStore {

    private final ClaimRepository claims;
    private final ClaimStatusChangeRepository history;

    @Inject
    public ClaimStore(ClaimRepository claims, ClaimStatusChangeRepository history) {
        this.claims = claims;
        this.history = history;
    }

    /**
     * Inserts a new claim and flushes, so a constraint the row breaks (one claim per encounter) fails here, inside
     * the caller's handling of the event, rather than at commit.
     */
    public void insert(Claim claim) {
        claims.persistAndFlush(newEntity(claim));
    }

    /** A new claim's rows (claim, diagnoses, lines) as the entity maps them; {@link ClaimInserts} writes them. */
    static ClaimEntity newEntity(Claim claim) {
        ClaimDetails d = claim.details();
        ClaimEntity e = new ClaimEntity();
        e.id = claim.id();
        e.encounterId = d.encounterId();
        e.ehrEncounterId = d.ehrEncounterId();
        e.patientId = d.patient().id();
        e.patientFirstName = d.patient().firstName();
        e.patientLastName = d.patient().lastName();
        e.patientBirthDate = d.patient().birthDate();
        e.patientSex = d.patient().sex();
        e.patientAddress = CoordinationJson.writeAddress(d.patient().address());
        e.subscriberMemberId = d.subscriberMemberId();
        e.payerId = d.payerId();
        e.billingProviderNpi = d.billingProviderNpi();
        e.renderingProviderNpi = d.renderingProviderNpi();
        e.placeOfService = d.placeOfService();
        e.dateOfService = d.dateOfService();
        e.correlationId = d.correlationId();
        e.createdAt = claim.createdAt();
        e.frequencyCode = claim.correction().frequencyCode();
        e.originalClaimId = claim.correction().originalClaimId();
        e.correctedPayerClaimControlNumber = claim.correction().payerClaimControlNumber();
        copyDetails(d, e);
        copyState(claim, e);
        return e;
    }

    private static void copyDetails(ClaimDetails d, ClaimEntity e) {
        e.subscriberMemberId = d.subscriberMemberId();
        e.payerId = d.payerId();
        e.coverages = CoordinationJson.writeCoverages(d.coverages());
        e.renderingProviderNpi = d.renderingProviderNpi();
        e.placeOfService = d.placeOfService();
        e.serviceSignature = d.serviceSignature();
        e.diagnoses.clear();
        e.lines.clear();
        for (Diagnosis diagnosis : d.diagnoses()) {
            ClaimDiagnosisEmbeddable row = new ClaimDiagnosisEmbeddable();
            row.sequence = diagnosis.sequence();
            row.code = diagnosis.code();
            e.diagnoses.add(row);
        }
        for (ClaimLine line : d.lines()) {
            ClaimLineEmbeddable row = new ClaimLineEmbeddable();
            row.lineNumber = line.lineNumber();
            row.code = line.code();
            row.codeSystem = line.codeSystem();
            row.modifiers = String.join(",", line.modifiers());
            row.units = line.units();
            row.diagnosisPointers = String.join(",", line.diagnosisPointers().stream().map(String::valueOf).toList());
            row.unitFee = line.unitFee().amount();
            row.charge = line.charge().amount();
            row.dateOfService = line.dateOfService();
            e.lines.add(row);
        }
    }

    /** Writes the claim's current state (status, balance, timestamps) over its stored row, and flushes. */
    public void update(Claim claim) {
        ClaimEntity e = claims.findById(claim.id());
        if (e == null) {
            throw new IllegalStateException("claim " + claim.id() + " is not stored");
        }
        if (!claim.details().equals(toDomain(e).details())) {
            copyDetails(claim.details(), e);
        }
        copyState(claim, e);
        claims.flush();
    }

    /** Appends one entry to the claim's status history. */
    public void recordStatusChange(ClaimStatusChanged change) {
        ClaimStatusChangeEntity e = new ClaimStatusChangeEntity();
        e.claimId = change.claimId();
        e.fromStatus = change.from() == null ? null : change.from().name();
        e.toStatus = change.to().name();
        e.reason = change.reason();
        e.reasonCodes = String.join(",", change.reasonCodes());
        e.paymentId = change.paymentId();
        e.changedAt = change.occurredAt();
        history.persist(e);
    }

    /** The claim, if it exists. */
    public Optional<Claim> load(UUID claimId) {
        return claims.findByIdOptional(claimId).map(ClaimStore::toDomain);
    }

    public boolean existsOriginalForEncounter(UUID encounterId) {
        return claims.existsOriginalForEncounter(encounterId);
    }

    /**
     * An earlier live original claim for the same patient, billing provider, date of service and services; the
     * earlier one is the real one, so a claim is only ever a duplicate of an older claim.
     */
    public Optional<UUID> earlierDuplicateOf(Claim claim) {
        ClaimDetails d = claim.details();
        return claims.findEarlierDuplicate(d.patient().id(), d.billingProviderNpi(), d.dateOfService(),
                d.serviceSignature(), claim.id(), claim.createdAt());
    }

    /** Ids of the claims waiting with SCRUB_FAILED, optionally of one payer or billing provider, oldest first. */
    public List<UUID> waitingForScrub(String payerId, String billingProviderNpi) {
        return claims.waitingForScrub(payerId, billingProviderNpi);
    }

    private static void copyState(Claim claim, ClaimEntity e) {
        Balance b = claim.balance();
        e.status = claim.status().name();
        e.totalCharge = b.totalCharge().amount();
        e.paidAmount = b.paid().amount();
        e.adjustmentAmount = b.adjustments().amount();
        e.patientResponsibility = b.patientResponsibility().amount();
        e.submittedAt = claim.submittedAt();
        e.updatedAt = claim.updatedAt();
        e.payerClaimControlNumber = claim.payerClaimControlNumber();
        e.findings = FindingsJson.write(claim.findings());
        ClaimStatus status = claim.status();
        String review = claim.reviewReason() == null ? null : claim.reviewReason().name();
        if (status.isInWorkQueue()) {
            e.workQueuedAt = claim.updatedAt();
        } else if (review == null) {
            e.workQueuedAt = null;
        } else if (!review.equals(e.reviewReason) || e.workQueuedAt == null) {
            // Waiting since the posting that put it there, not since the last change that kept it there.
            e.workQueuedAt = claim.updatedAt();
        }
        e.reviewReason = review;
        e.postedAfterClose = claim.postedAfterClose();
        e.responsibility = claim.coordination().responsibility().name();
        e.crossedOver = claim.coordination().crossedOver();
        e.adjudications = CoordinationJson.writeAdjudications(claim.coordination().adjudications());
        e.everScrubFailed |= status == ClaimStatus.SCRUB_FAILED;
        e.everRejected |= status == ClaimStatus.REJECTED;
        e.everAccepted |= status == ClaimStatus.ACCEPTED || status.isAdjudicated();
        if (e.adjudicatedAt == null && status.isAdjudicated()) {
            e.adjudicatedAt = claim.updatedAt();
            e.denied = status == ClaimStatus.DENIED;
        }
    }

    /** The claim of a loaded entity, mapped as {@link ClaimRowMapper} maps the rows read with JDBC. */
    static Claim toDomain(ClaimEntity e) {
        List<Diagnosis> diagnoses = e.diagnoses.stream().map(d -> new Diagnosis(d.sequence, d.code)).toList();
        List<ClaimLine> lines = e.lines.stream().map(l -> ClaimRowMapper.line(l.lineNumber, l.code, l.codeSystem,
                l.modifiers, l.units, l.diagnosisPointers, l.unitFee, l.dateOfService)).toList();
        return ClaimRowMapper.claim(new ClaimRowMapper.ClaimRow(e.id, e.encounterId, e.ehrEncounterId, e.status,
                e.patientId, e.patientFirstName, e.patientLastName, e.patientBirthDate, e.patientSex,
                e.patientAddress, e.subscriberMemberId, e.payerId, e.billingProviderNpi, e.renderingProviderNpi,
                e.placeOfService, e.dateOfService, e.totalCharge, e.paidAmount, e.adjustmentAmount,
                e.patientResponsibility, e.correlationId, e.createdAt, e.submittedAt, e.updatedAt, e.frequencyCode,
                e.originalClaimId, e.payerClaimControlNumber, e.correctedPayerClaimControlNumber, e.findings,
                e.postedAfterClose, e.coverages, e.adjudications, e.responsibility, e.crossedOver), diagnoses, lines);
    }

    /** Splits a comma-separated column; an empty column is an empty list. */
    static List<String> split(String csv) {
        return ClaimRowMapper.split(csv);
    }
}
