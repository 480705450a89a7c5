package io.openrcm.platform.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private final EventEnvelope envelope = new EventEnvelope(UUID.fromString("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"),
            "ClaimSubmitted", 1, "/claim-service", Instant.parse("2026-11-02T15:04:05.123Z"), "claim-1", "corr-9");

    @Test
    void writesTheCloudEventsKafkaBindingAttributes() {
        Headers headers = CloudEventHeaders.of(envelope);

        assertThat(CloudEventHeaders.asText(headers)).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f")
                .containsEntry("ce_type", "ClaimSubmitted").containsEntry("ce_source", "/claim-service")
                .containsEntry("ce_time", "2026-11-02T15:04:05.123Z").containsEntry("ce_subject", "claim-1")
                .containsEntry("ce_eventversion", "1").containsEntry("ce_correlationid", "corr-9")
                .containsEntry("content-type", "application/json");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(CloudEventHeaders.read(CloudEventHeaders.of(envelope))).isEqualTo(envelope);
    }

    @Test
    void omitsTheCorrelationIdWhenThereIsNone() {
        EventEnvelope uncorrelated = new EventEnvelope(envelope.eventId(), "ClaimSubmitted", 2, "/claim-service",
                envelope.time(), "claim-1", null);

        Headers headers = CloudEventHeaders.of(uncorrelated);

        assertThat(headers.lastHeader("ce_correlationid")).isNull();
        assertThat(CloudEventHeaders.read(headers)).isEqualTo(uncorrelated);
    }

    @Test
    void refusesARecordWithoutAnEventId() {
        Headers headers = new RecordHeaders();
        headers.add("ce_type", "ClaimSubmitted".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void refusesAnEventIdThatIsNotAUuid() {
        Headers headers = CloudEventHeaders.of(envelope);
        headers.remove("ce_id");
        headers.add("ce_id", "not-a-uuid".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not a UUID");
    }

    @Test
    void refusesAnUnreadableTime() {
        Headers headers = CloudEventHeaders.of(envelope);
        headers.remove("ce_time");
        headers.add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_time");
    }

    @Test
    void namesDeadLetterTopicsAfterTheirSource() {
        assertThat(Topics.deadLetterOf(Topics.ENCOUNTER_CODED)).isEqualTo("rcm.coding.encounter-coded.v1.dlq");
    }
}
