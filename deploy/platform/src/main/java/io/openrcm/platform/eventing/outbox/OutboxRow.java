package io.openrcm.platform.eventing.outbox;

import io.openrcm.platform.eventing.EventEnvelope;

/** One unpublished outbox row, as the relay reads it. */
public record OutboxRow(long id, String topic, EventEnvelope envelope, String payload) {
}
