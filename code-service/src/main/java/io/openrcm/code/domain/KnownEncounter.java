package io.openrcm.code.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An encounter already stored under an idempotency key, as much of it as deciding on a new request with that key
 * needs: its id, to read the whole encounter back for an identical retry, and the fingerprint of the request that
 * created it, to tell that retry from a conflicting one.
 *
 * @param id the stored encounter's id
 * @param requestHash fingerprint of the content that created it
 */
public record KnownEncounter(UUID id, String requestHash) {

    public KnownEncounter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestHash, "requestHash");
    }

    /** Whether a request with this content is a retry of the one that created the encounter. */
    public boolean isRetryOf(EncounterContent content) {
        return requestHash.equals(content.fingerprint());
    }
}
