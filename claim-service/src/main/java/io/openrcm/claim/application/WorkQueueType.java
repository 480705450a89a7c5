package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ReviewReason;
import java.util.Arrays;
import java.util.Optional;

/**
 * The queues of the billing office's work queue: claims to correct (the scrubber stopped them, the payer rejected
 * them) and money to look at (a credit balance to refund, a payment posted after the claim was closed).
 */
public enum WorkQueueType {
    SCRUB_FAILED(ClaimStatus.SCRUB_FAILED, null),
    REJECTED(ClaimStatus.REJECTED, null),
    CREDIT_BALANCE(null, ReviewReason.CREDIT_BALANCE),
    POSTED_AFTER_CLOSE(null, ReviewReason.POSTED_AFTER_CLOSE);

    private final ClaimStatus status;
    private final ReviewReason reviewReason;

    WorkQueueType(ClaimStatus status, ReviewReason reviewReason) {
        this.status = status;
        this.reviewReason = reviewReason;
    }

    /** The claim status this queue holds; null for a review queue. */
    public ClaimStatus status() {
        return status;
    }

    /** The review reason this queue holds; null for a status queue. */
    public ReviewReason reviewReason() {
        return reviewReason;
    }

    /** The queue of that name, if there is one. */
    public static Optional<WorkQueueType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** The queue a claim waits in: its status queue, else its review queue; null when it waits in none. */
    static WorkQueueType of(ClaimSummary c) {
        if (c.status().isInWorkQueue()) {
            return valueOf(c.status().name());
        }
        return c.reviewReason() == null ? null : valueOf(c.reviewReason().name());
    }
}
