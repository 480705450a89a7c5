package io.openrcm.platform.eventing;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of one event: who emitted what, when, about which aggregate, in which flow.
 *
 * @param eventId unique id of this event; consumers deduplicate on it
 * @param type event type, a past-tense name such as {@code EncounterCoded}
 * @param version schema version of the payload
 * @param source the emitting service, as a URI reference such as {@code /claim-service}
 * @param time when the change happened
 * @param subject the aggregate id, also the Kafka key
 * @param correlationId the id that follows one encounter through every service; may be null
 */
public record EventEnvelope(UUID eventId, String type, int version, String source, Instant time, String subject,
        String correlationId) {
}
