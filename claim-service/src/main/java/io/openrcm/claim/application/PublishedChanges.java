package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimStatusChanged;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a claim's events go on its topics. A new claim is published once, in the status it was stored in: its
 * creation (null to CREATED) and the status changes that follow it in the same unit of work (the scrub: to READY or
 * SCRUB_FAILED) fold into one change from null, whose reason tells both steps. Nobody outside the transaction could
 * have seen the claim in CREATED, and each change costs a record, a feed row and a projection write downstream. The
 * claim's status history keeps every step. Every other event is published as it is.
 */
final class PublishedChanges {

    private PublishedChanges() {
    }

    /** The events to publish for one claim's events, in order. */
    static List<ClaimDomainEvent> of(List<ClaimDomainEvent> events) {
        List<ClaimDomainEvent> published = new ArrayList<>(events.size());
        for (ClaimDomainEvent event : events) {
            int last = published.size() - 1;
            if (last >= 0 && published.get(last) instanceof ClaimStatusChanged created && created.from() == null
                    && event instanceof ClaimStatusChanged next && next.from() == created.to()
                    && next.paymentId() == null) {
                published.set(last, folded(created, next));
            } else {
                published.add(event);
            }
        }
        return published;
    }

    private static ClaimStatusChanged folded(ClaimStatusChanged created, ClaimStatusChanged next) {
        return new ClaimStatusChanged(created.claimId(), null, next.to(), created.reason() + "; " + next.reason(),
                next.reasonCodes(), next.balance(), null, next.occurredAt(), next.responsibility());
    }
}
