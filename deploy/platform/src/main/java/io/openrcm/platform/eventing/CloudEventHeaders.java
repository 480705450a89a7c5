package io.openrcm.platform.eventing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The event envelope, carried in Kafka headers after the CloudEvents 1.0 Kafka protocol binding (binary mode).
 *
 * <p>The payload stays plain JSON in the record value; everything a router or a dead-letter reader needs without
 * parsing the payload travels here.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: the schema version of the payload, so a type can evolve without renaming. */
    public static final String EVENT_VERSION = "ce_eventversion";
    /** Extension attribute: follows one encounter through the three services. */
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** Builds the headers of one outgoing event. */
    public static Headers of(EventEnvelope envelope) {
        RecordHeaders headers = new RecordHeaders();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, envelope.eventId().toString());
        put(headers, TYPE, envelope.type());
        put(headers, SOURCE, envelope.source());
        put(headers, TIME, envelope.time().toString());
        put(headers, SUBJECT, envelope.subject());
        put(headers, EVENT_VERSION, Integer.toString(envelope.version()));
        if (envelope.correlationId() != null) {
            put(headers, CORRELATION_ID, envelope.correlationId());
        }
        put(headers, CONTENT_TYPE, "application/json");
        return headers;
    }

    /**
     * Reads the envelope of an incoming record.
     *
     * @throws MalformedEventException when a required attribute is missing or unreadable
     */
    public static EventEnvelope read(Headers headers) {
        String id = required(headers, ID);
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("header " + ID + " is not a UUID: " + id);
        }
        Instant time;
        String rawTime = text(headers, TIME);
        try {
            time = rawTime == null ? null : Instant.parse(rawTime);
        } catch (RuntimeException e) {
            throw new MalformedEventException("header " + TIME + " is not an RFC 3339 time: " + rawTime);
        }
        String rawVersion = text(headers, EVENT_VERSION);
        int version;
        try {
            version = rawVersion == null ? 1 : Integer.parseInt(rawVersion);
        } catch (NumberFormatException e) {
            throw new MalformedEventException("header " + EVENT_VERSION + " is not a number: " + rawVersion);
        }
        return new EventEnvelope(eventId, required(headers, TYPE), version, text(headers, SOURCE), time,
                text(headers, SUBJECT), text(headers, CORRELATION_ID));
    }

    /** All headers as text, in order; used when a record is dead-lettered or logged by id. */
    public static Map<String, String> asText(Headers headers) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Header header : headers) {
            all.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return all;
    }

    /** The last value of a header as UTF-8 text, or null. */
    public static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String key) {
        String value = text(headers, key);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("required header " + key + " is missing");
        }
        return value;
    }

    private static void put(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
