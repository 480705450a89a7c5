package io.openrcm.dashboard.domain;

import java.util.Objects;

/**
 * A claim-status change with the event's JSON as its producer wrote it: the projection keeps the JSON for the feed's
 * late readers, and the live stream forwards it unchanged.
 *
 * @param change the change as the projection reads it
 * @param payload the event's payload, verbatim
 */
public record PublishedChange(ClaimStatusChange change, String payload) {

    public PublishedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(payload, "payload");
    }
}
