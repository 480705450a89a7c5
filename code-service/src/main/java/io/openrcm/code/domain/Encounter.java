package io.openrcm.code.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An encounter the service accepted: the EHR's content plus what the service assigned (id, status, correlation id,
 * time) and the fingerprint of the request that created it.
 *
 * @param id the encounter id the service assigned
 * @param content what the EHR sent, normalized
 * @param status where it stands
 * @param correlationId follows this encounter through every service
 * @param requestHash fingerprint of the content that created it
 * @param codedAt when it was coded, to the millisecond (the precision events and responses carry)
 */
public record Encounter(UUID id, EncounterContent content, EncounterStatus status, String correlationId,
        String requestHash, Instant codedAt) {

    public Encounter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(codedAt, "codedAt");
    }

    /** A new encounter whose codes were all accepted as the EHR sent them. */
    public static Encounter coded(UUID id, EncounterContent content, String correlationId, Instant now) {
        return new Encounter(id, content, EncounterStatus.CODED, correlationId, content.fingerprint(),
                now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Whether a request with this content is a retry of the one that created this encounter. */
    public boolean isRetryOf(EncounterContent other) {
        return requestHash.equals(other.fingerprint());
    }
}
