package io.openrcm.claim.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim moved from one state to another.
 *
 * @param claimId the claim
 * @param from the previous state; null when the claim was just created
 * @param to the new state
 * @param reason a sentence saying why, cut to {@value #MAX_REASON} characters (the history's column)
 * @param reasonCodes adjustment reasons as {@code <group>-<CARC>}; empty when no remittance caused it
 * @param balance the balance after the change
 * @param paymentId the payment that caused it; null otherwise
 * @param occurredAt when
 * @param responsibility who the balance is with after the change (primary, secondary, tertiary payer or patient)
 */
public record ClaimStatusChanged(UUID claimId, ClaimStatus from, ClaimStatus to, String reason,
        List<String> reasonCodes, Balance balance, UUID paymentId, Instant occurredAt,
        Responsibility responsibility) implements ClaimDomainEvent {

    /** The longest reason kept; a longer one is cut and ends in "...". */
    public static final int MAX_REASON = 500;

    public ClaimStatusChanged {
        reason = reason != null && reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 3) + "..."
                : reason;
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        responsibility = responsibility == null ? Responsibility.PRIMARY : responsibility;
    }

    /** A change of a claim still with its primary payer. */
    public ClaimStatusChanged(UUID claimId, ClaimStatus from, ClaimStatus to, String reason, List<String> reasonCodes,
            Balance balance, UUID paymentId, Instant occurredAt) {
        this(claimId, from, to, reason, reasonCodes, balance, paymentId, occurredAt, Responsibility.PRIMARY);
    }
}
