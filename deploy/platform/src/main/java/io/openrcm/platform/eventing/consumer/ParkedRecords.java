package io.openrcm.platform.eventing.consumer;

import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.parking.ParkedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Turns a Kafka record into a parked event and back, so a replay sees the record the consumer saw. */
public final class ParkedRecords {

    private ParkedRecords() {
    }

    /** The parked form of a record that failed. */
    static ParkedEvent of(ConsumerRecord<String, String> record, String consumer, String reason, int attempts,
            Instant firstFailure, Instant lastFailure) {
        Map<String, String> headers = CloudEventHeaders.asText(record.headers());
        Instant now = Instant.now();
        return new ParkedEvent(0, consumer, record.topic(), record.partition(), record.offset(), record.key(),
                eventIdOrNull(headers.get(CloudEventHeaders.ID)), headers.get(CloudEventHeaders.TYPE), headers,
                record.value(), reason, attempts, firstFailure == null ? now : firstFailure,
                lastFailure == null ? now : lastFailure, ParkedEvent.PARKED, null);
    }

    /** The record as it was consumed: same topic, partition, offset, key, value and headers. */
    public static ConsumerRecord<String, String> toRecord(ParkedEvent parked) {
        RecordHeaders headers = new RecordHeaders();
        parked.headers().forEach((k, v) -> headers.add(k, v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(parked.topic(), parked.partition(), parked.offset(), ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, parked.key(),
                parked.payload(), headers, Optional.empty());
    }

    private static UUID eventIdOrNull(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
