package io.openrcm.claim.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The claim aggregate: a priced bill for one encounter, its state and its balance. Each method that changes it
 * returns the domain events the change causes; an illegal change throws and changes nothing.
 */
public final class Claim {

    private final UUID id;
    private final ClaimDetails details;
    private final Instant createdAt;
    private ClaimStatus status;
    private Balance balance;
    private Instant submittedAt;
    private Instant updatedAt;

    private Claim(UUID id, ClaimDetails details, ClaimStatus status, Balance balance, Instant createdAt,
            Instant submittedAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt == null ? createdAt : updatedAt;
        if (balance.totalCharge().compareTo(details.totalCharge()) != 0) {
            throw new ClaimRuleException("claim " + id + ": total charge " + balance.totalCharge()
                    + " is not the sum of its lines " + details.totalCharge());
        }
    }

    /**
     * A new claim in state CREATED, its balance opened at the sum of its lines.
     *
     * @return the claim and the event of its creation
     */
    public static Created create(UUID id, ClaimDetails details, Instant at) {
        Money total = details.totalCharge();
        if (!total.isPositive()) {
            throw new ClaimRuleException("a claim must charge something; its lines add up to " + total);
        }
        Claim claim = new Claim(id, details, ClaimStatus.CREATED, Balance.opening(total), at, null, at);
        ClaimStatusChanged created = new ClaimStatusChanged(id, null, ClaimStatus.CREATED,
                "Claim created from encounter " + details.encounterId(), List.of(), claim.balance, null, at);
        return new Created(claim, List.of(created));
    }

    /** A claim as it was stored. */
    public static Claim restore(UUID id, ClaimDetails details, ClaimStatus status, Balance balance, Instant createdAt,
            Instant submittedAt, Instant updatedAt) {
        return new Claim(id, details, status, balance, createdAt, submittedAt, updatedAt);
    }

    /**
     * Submits the claim to its payer: CREATED → SUBMITTED.
     *
     * @return the status change and the submission
     * @throws IllegalClaimTransitionException when it is not in state CREATED
     */
    public List<ClaimDomainEvent> submit(Instant at) {
        ClaimStatus from = status;
        status = status.moveTo(ClaimStatus.SUBMITTED);
        submittedAt = at;
        updatedAt = at;
        return List.of(
                new ClaimStatusChanged(id, from, status, "Claim submitted to payer " + details.payerId(), List.of(),
                        balance, null, at),
                new ClaimSubmitted(id, at));
    }

    /**
     * Applies a payer's payment to the balance and moves the claim as {@link PaymentStatusRule} decides.
     *
     * @return the status change
     * @throws ClaimRuleException when the balance would become negative or the state machine forbids the move
     */
    public List<ClaimDomainEvent> applyPayment(PaymentPosting posting, Instant at) {
        Objects.requireNonNull(posting, "posting");
        Balance after = balance.after(posting);
        ClaimStatus to = PaymentStatusRule.statusAfter(posting, after);
        ClaimStatus from = status;
        status.moveTo(to);
        status = to;
        balance = after;
        updatedAt = at;
        return List.of(new ClaimStatusChanged(id, from, to, PaymentStatusRule.reason(posting, after, to),
                posting.reasonCodes(), after, posting.paymentId(), at));
    }

    public UUID id() {
        return id;
    }

    public ClaimDetails details() {
        return details;
    }

    public ClaimStatus status() {
        return status;
    }

    public Balance balance() {
        return balance;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it was submitted; null before. */
    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
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
