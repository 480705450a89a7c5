package io.openrcm.claim.domain;

import java.util.EnumSet;
import java.util.Set;

/** The states of a claim and the only transitions allowed between them (diagram in the module README). */
public enum ClaimStatus {
    /** Built and priced from a coded encounter (or a correction), not yet scrubbed. */
    CREATED,
    /** The scrubber found problems; waits in the work queue until corrected and scrubbed again. */
    SCRUB_FAILED,
    /** Clean: waits for the next 837P interchange to its payer (the next payer, after an earlier one adjudicated). */
    READY,
    /** Sent to the payer in an 837P interchange. */
    SUBMITTED,
    /** The payer acknowledged it as accepted for adjudication (999 / 277CA), or a reversal reopened it. */
    ACCEPTED,
    /** The payer refused it before adjudication (999 / 277CA); waits in the work queue. Never adjudicated. */
    REJECTED,
    /** Adjudicated and paid in part; a balance is still outstanding. */
    PARTIALLY_PAID,
    /** Adjudicated; nothing is outstanding any more. */
    PAID,
    /** Adjudicated and not paid (835 CLP02 = 4, or nothing paid nor assigned to the patient). */
    DENIED,
    /** Replaced by a replacement claim (frequency 7). */
    CORRECTED,
    /** Cancelled at the payer by a void claim (frequency 8). */
    VOIDED,
    /** Worked to the end by the billing office; no further action. */
    CLOSED;

    private static final Set<ClaimStatus> ADJUDICATED = EnumSet.of(PAID, PARTIALLY_PAID, DENIED);

    /** The states this one may move to. */
    public Set<ClaimStatus> allowedNext() {
        return switch (this) {
            case CREATED -> EnumSet.of(READY, SCRUB_FAILED);
            case SCRUB_FAILED -> EnumSet.of(READY, SCRUB_FAILED, CLOSED);
            case READY -> EnumSet.of(SUBMITTED, SCRUB_FAILED);
            case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED);
            // ACCEPTED again: a second reversal while the claim awaits its corrected posting.
            case ACCEPTED -> EnumSet.of(ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED);
            case REJECTED -> EnumSet.of(READY, SCRUB_FAILED, ACCEPTED, PAID, PARTIALLY_PAID, DENIED, CLOSED);
            case PARTIALLY_PAID, PAID, DENIED -> {
                Set<ClaimStatus> next = EnumSet.copyOf(ADJUDICATED);
                // READY: billed to the next payer (secondary, tertiary) for what the one before left open.
                next.addAll(EnumSet.of(ACCEPTED, CORRECTED, VOIDED, CLOSED, READY));
                yield next;
            }
            // A payer may still reverse or pay the original after a correction: the balance moves, the state stays.
            case CORRECTED -> EnumSet.of(CORRECTED, CLOSED);
            case VOIDED -> EnumSet.of(VOIDED, CLOSED);
            // A payment after close moves the balance and waits for review; nothing else reopens a closed claim.
            case CLOSED -> EnumSet.of(CLOSED);
        };
    }

    public boolean canMoveTo(ClaimStatus next) {
        return next != null && allowedNext().contains(next);
    }

    /** True when the payer adjudicated it (a remittance said so). */
    public boolean isAdjudicated() {
        return ADJUDICATED.contains(this);
    }

    /** True when it waits for a person in the work queue. */
    public boolean isInWorkQueue() {
        return this == SCRUB_FAILED || this == REJECTED;
    }

    /** True while it may still be changed before it goes (again) to the payer. */
    public boolean isEditable() {
        return this == CREATED || this == SCRUB_FAILED || this == READY || this == REJECTED;
    }

    /**
     * Checks a transition.
     *
     * @return the next state
     * @throws IllegalClaimTransitionException when this state may not move to it
     */
    public ClaimStatus moveTo(ClaimStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalClaimTransitionException(this, next);
        }
        return next;
    }
}
