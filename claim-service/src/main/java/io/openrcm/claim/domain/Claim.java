package io.openrcm.claim.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The claim aggregate: a priced bill for one encounter, its state and its balance. Each method that changes it
 * returns the domain events the change causes; an illegal change throws and changes nothing.
 */
public final class Claim {

    private final UUID id;
    private final Correction correction;
    private final Instant createdAt;
    private ClaimDetails details;
    private ClaimStatus status;
    private Balance balance;
    private List<Finding> findings;
    private String payerClaimControlNumber;
    private Instant submittedAt;
    private Instant updatedAt;
    private boolean postedAfterClose;
    private Coordination coordination = Coordination.initial();

    private Claim(UUID id, ClaimDetails details, Correction correction, ClaimStatus status, Balance balance,
            List<Finding> findings, Instant createdAt, Instant submittedAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.correction = Objects.requireNonNull(correction, "correction");
        this.status = Objects.requireNonNull(status, "status");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.findings = findings == null ? List.of() : List.copyOf(findings);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt == null ? createdAt : updatedAt;
        if (balance.totalCharge().compareTo(details.totalCharge()) != 0) {
            throw new ClaimRuleException("claim " + id + ": total charge " + balance.totalCharge()
                    + " is not the sum of its lines " + details.totalCharge());
        }
    }

    /**
     * A new claim in state CREATED, its balance opened at the sum of its lines (which the scrubber checks).
     *
     * @return the claim and the event of its creation
     */
    public static Created create(UUID id, ClaimDetails details, Correction correction, Instant at) {
        Claim claim = new Claim(id, details, correction, ClaimStatus.CREATED, Balance.opening(details.totalCharge()),
                List.of(), at, null, at);
        String why = correction.isOriginal() ? "Claim created from encounter " + details.encounterId()
                : (correction.isVoid() ? "Void" : "Replacement") + " claim created for claim "
                        + correction.originalClaimId();
        return new Created(claim, List.of(claim.change(null, ClaimStatus.CREATED, why, List.of(), null, at)));
    }

    /** A claim as it was stored, with no posting after close. */
    public static Claim restore(UUID id, ClaimDetails details, Correction correction, ClaimStatus status,
            Balance balance, List<Finding> findings, String payerClaimControlNumber, Instant createdAt,
            Instant submittedAt, Instant updatedAt) {
        return restore(id, details, correction, status, balance, findings, payerClaimControlNumber, createdAt,
                submittedAt, updatedAt, false);
    }

    /** A claim as it was stored; postedAfterClose says a payment arrived after it was closed. */
    public static Claim restore(UUID id, ClaimDetails details, Correction correction, ClaimStatus status,
            Balance balance, List<Finding> findings, String payerClaimControlNumber, Instant createdAt,
            Instant submittedAt, Instant updatedAt, boolean postedAfterClose) {
        Claim claim = new Claim(id, details, correction, status, balance, findings, createdAt, submittedAt,
                updatedAt);
        claim.payerClaimControlNumber = payerClaimControlNumber;
        claim.postedAfterClose = postedAfterClose;
        return claim;
    }

    /** A claim as it was stored, with its coordination of benefits. */
    public static Claim restore(UUID id, ClaimDetails details, Correction correction, ClaimStatus status,
            Balance balance, List<Finding> findings, String payerClaimControlNumber, Instant createdAt,
            Instant submittedAt, Instant updatedAt, boolean postedAfterClose, Coordination coordination) {
        Claim claim = restore(id, details, correction, status, balance, findings, payerClaimControlNumber, createdAt,
                submittedAt, updatedAt, postedAfterClose);
        claim.coordination = Objects.requireNonNull(coordination, "coordination");
        return claim;
    }

    /** The scrubber's verdict: READY when there are no findings, else SCRUB_FAILED with them. */
    public List<ClaimDomainEvent> scrubbed(List<Finding> found, Instant at) {
        ClaimStatus to = found.isEmpty() ? ClaimStatus.READY : ClaimStatus.SCRUB_FAILED;
        if (to == ClaimStatus.READY && status == ClaimStatus.READY) {
            return List.of();
        }
        findings = List.copyOf(found);
        String why = found.isEmpty() ? "Scrubbed: no findings" : "Scrubbed: " + found.size() + " finding(s): "
                + String.join("; ", found.stream().map(f -> f.code() + " " + f.message()).toList());
        return List.of(move(to, why, found.stream().map(Finding::code).toList(), null, at));
    }

    /** Data corrected before (re)submission: new details, balance reopened at the new total. */
    public void correctDetails(ClaimDetails corrected, Instant at) {
        if (!status.isEditable() || !balance.paid().isZero()) {
            throw new ClaimRuleException("claim " + id + " is " + status + "; only a claim not yet accepted by its "
                    + "payer can be corrected in place (send a replacement claim instead)");
        }
        details = corrected;
        balance = Balance.opening(corrected.totalCharge());
        updatedAt = at;
    }

    /** READY → SUBMITTED: the claim went out in an interchange. */
    public List<ClaimDomainEvent> submit(UUID submissionId, Instant at) {
        ClaimDomainEvent changed = move(ClaimStatus.SUBMITTED, "Claim sent to payer " + details.payerId()
                + " in 837P submission " + submissionId, List.of(), null, at);
        submittedAt = at;
        findings = List.of();
        return List.of(changed, new ClaimSubmitted(id, submissionId, at));
    }

    /**
     * A payer's acknowledgment (999 or 277CA). Accepted moves SUBMITTED to ACCEPTED; rejected moves SUBMITTED or
     * ACCEPTED to REJECTED with the payer's reasons. An acknowledgment that arrives after the remittance, or repeats
     * what the claim already knows, changes nothing.
     */
    public List<ClaimDomainEvent> acknowledge(boolean accepted, List<Finding> reasons, String source, Instant at) {
        if (accepted) {
            if (status != ClaimStatus.SUBMITTED) {
                return List.of();
            }
            return List.of(move(ClaimStatus.ACCEPTED, source + ": accepted by the payer", List.of(), null, at));
        }
        if (status != ClaimStatus.SUBMITTED && status != ClaimStatus.ACCEPTED) {
            return List.of();
        }
        findings = List.copyOf(reasons);
        return List.of(move(ClaimStatus.REJECTED, source + ": rejected by the payer: " + String.join("; ",
                reasons.stream().map(Finding::message).toList()), reasons.stream().map(Finding::code).toList(),
                null, at));
    }

    /**
     * Adds a payer's posting (a reversal carries negative amounts) to the balance and moves the claim as
     * {@link PaymentStatusRule} decides. The payer's money is never refused for being more than the charge (a credit
     * balance to refund) or late (a closed claim stays closed and waits for review); only a reversal of more than
     * was posted, or a payment to a claim never sent, is refused.
     */
    public List<ClaimDomainEvent> applyPayment(PaymentPosting posting, Instant at) {
        return applyPayment(posting, null, at);
    }

    /**
     * Applies a payer's posting as {@link #applyPayment(PaymentPosting, Instant)} does and, given the remittance's
     * detail, coordinates benefits: a secondary or tertiary payer's posting is balanced against what the payers
     * before it left ({@link Balance#afterLaterPayer}); the payer's decision is kept; and when a balance remains that
     * a next coverage may pay, the claim is billed to it (READY for its 837) or, when the payer forwarded the claim
     * itself (CLP02 19, 20, 21), waits for the next payer's remittance. Otherwise what is left to the patient is
     * with the patient.
     */
    public List<ClaimDomainEvent> applyPayment(PaymentPosting posting, RemittanceDetail remittance, Instant at) {
        Objects.requireNonNull(posting, "posting");
        Responsibility as = coordination.adjudicatedAs(posting);
        boolean laterPayer = remittance != null && !posting.isReversal() && as.position() > 0;
        Balance after = laterPayer ? balance.afterLaterPayer(posting) : balance.after(posting);
        ClaimStatus to = PaymentStatusRule.statusAfter(status, posting, after);
        status.moveTo(to);
        balance = after;
        postedAfterClose |= status == ClaimStatus.CLOSED;
        if (posting.payerClaimControlNumber() != null && !posting.isReversal()) {
            payerClaimControlNumber = posting.payerClaimControlNumber();
        }
        String why = PaymentStatusRule.reason(posting, after, to);
        if (remittance == null || posting.isReversal() || !to.isAdjudicated()) {
            return List.of(move(to, why, posting.reasonCodes(), posting.paymentId(), at));
        }
        coordination = coordination.adjudicated(remittance.asAdjudication(as, posting));
        Responsibility next = CoordinationRule.next(as, details, after);
        if (!next.isPayer() || next == as) {
            coordination = coordination.movedTo(next, false);
            return List.of(move(to, why, posting.reasonCodes(), posting.paymentId(), at));
        }
        details = details.billedTo(next);
        boolean crossover = Responsibility.isCrossover(posting.claimStatusCode());
        coordination = coordination.movedTo(next, crossover);
        if (crossover) {
            return List.of(move(to, why + "; crossed over: the payer forwarded the claim to the "
                    + next.name().toLowerCase(Locale.ROOT) + " payer " + details.payerId()
                    + ", whose remittance is awaited", posting.reasonCodes(), posting.paymentId(), at));
        }
        ClaimDomainEvent paid = move(to, why, posting.reasonCodes(), posting.paymentId(), at);
        return List.of(paid, move(ClaimStatus.READY, "Billed to the " + next.name().toLowerCase(Locale.ROOT)
                + " payer " + details.payerId() + " for " + after.open() + " the payers before left open",
                List.of(), null, at));
    }

    /** An adjudicated claim was replaced (frequency 7) or voided (frequency 8) by another claim. */
    public List<ClaimDomainEvent> correctedBy(UUID correctionId, Correction kind, Instant at) {
        ClaimStatus to = kind.isVoid() ? ClaimStatus.VOIDED : ClaimStatus.CORRECTED;
        return List.of(move(to, (kind.isVoid() ? "Voided by claim " : "Replaced by claim ") + correctionId,
                List.of(), null, at));
    }

    /** The billing office is done with it. */
    public List<ClaimDomainEvent> close(String why, Instant at) {
        if (status == ClaimStatus.CLOSED) {
            throw new IllegalClaimTransitionException(status, ClaimStatus.CLOSED);
        }
        return List.of(move(ClaimStatus.CLOSED, "Closed: " + why, List.of(), null, at));
    }

    /**
     * Insurance and the patient are done with the claim (the patient paid in full, or the rest was written off):
     * it is closed. Nothing happens while a payer still owes on it, before it was adjudicated, or once it is
     * corrected, voided or closed already.
     */
    public List<ClaimDomainEvent> closeForPatient(String why, Instant at) {
        if (!status.isAdjudicated() || balance.owed().isPositive()
                || coordination.responsibility() != Responsibility.PATIENT) {
            return List.of();
        }
        return List.of(move(ClaimStatus.CLOSED, "Closed: " + why, List.of(), null, at));
    }

    /**
     * The patient's side changed (a payment, copay, refund or write-off) and the claim stays where it is: a change to
     * the same status, so that readers of the claim's latest change see the patient balance. Nothing of the claim
     * itself changes.
     */
    public List<ClaimDomainEvent> patientSideChanged(String why, Instant at) {
        return List.of(change(status, status, why, List.of(), null, at));
    }

    /** Remembers the payer's claim control number supplied by a person (for a correction). */
    public void learnPayerClaimControlNumber(String pcn) {
        payerClaimControlNumber = pcn;
    }

    private ClaimStatusChanged move(ClaimStatus to, String why, List<String> codes, UUID paymentId, Instant at) {
        ClaimStatus from = status;
        status = status.moveTo(to);
        updatedAt = at;
        return change(from, to, why, codes, paymentId, at);
    }

    private ClaimStatusChanged change(ClaimStatus from, ClaimStatus to, String why, List<String> codes,
            UUID paymentId, Instant at) {
        return new ClaimStatusChanged(id, from, to, why, new ArrayList<>(codes), balance, paymentId, at,
                coordination.responsibility());
    }

    public UUID id() {
        return id;
    }

    public ClaimDetails details() {
        return details;
    }

    public Correction correction() {
        return correction;
    }

    public ClaimStatus status() {
        return status;
    }

    public Balance balance() {
        return balance;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The payer's claim control number (from its remittance, or supplied); null when unknown. */
    public String payerClaimControlNumber() {
        return payerClaimControlNumber;
    }

    /** Who the balance is with, whether it crossed over, and what the payers decided. */
    public Coordination coordination() {
        return coordination;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it was last submitted; null before. */
    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Why the money on this claim waits for a person: a credit balance to refund first, else a payment posted
     * after it was closed; null when nothing waits.
     */
    public ReviewReason reviewReason() {
        if (balance.hasCredit()) {
            return ReviewReason.CREDIT_BALANCE;
        }
        return postedAfterClose ? ReviewReason.POSTED_AFTER_CLOSE : null;
    }

    /** True when a payment arrived after the claim was closed. */
    public boolean postedAfterClose() {
        return postedAfterClose;
    }

    /**
     * A claim just created, with the events its creation caused.
     *
     * @param claim the new claim
     * @param events its events
     */
    public record Created(Claim claim, List<ClaimDomainEvent> events) {
    }
}
