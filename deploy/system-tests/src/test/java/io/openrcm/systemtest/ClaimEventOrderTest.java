package io.openrcm.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.platform.eventing.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The order check of the scale-out system test, on hand-made topics: it must fail when the order is broken. */
class ClaimEventOrderTest {

    @Test
    void acceptsAClaimWhoseChangesFollowEachOtherAndDropsRedeliveries() {
        List<ConsumerRecord<String, String>> topic = List.of(record("c1", "e1", null, "READY"),
                record("c2", "e5", null, "READY"), record("c1", "e2", "READY", "SUBMITTED"),
                record("c1", "e1", null, "READY"), record("c1", "e2", "READY", "SUBMITTED"),
                record("c1", "e3", "SUBMITTED", "PAID"));

        Map<String, List<ClaimEventOrder.Change>> changes = ClaimEventOrder.byClaim(topic);

        assertThat(changes.get("c1")).extracting(ClaimEventOrder.Change::to).containsExactly("READY", "SUBMITTED", "PAID");
        assertThat(ClaimEventOrder.problems(changes)).isEmpty();
    }

    @Test
    void namesChangesOutOfOrderLostOrAppliedTwice() {
        Map<String, List<ClaimEventOrder.Change>> changes = ClaimEventOrder.byClaim(List.of(
                record("swapped", "a1", null, "READY"), record("swapped", "a3", "SUBMITTED", "PAID"),
                record("swapped", "a2", "READY", "SUBMITTED"),
                record("gap", "b1", null, "READY"), record("gap", "b3", "SUBMITTED", "PAID"),
                record("twice", "c1", null, "READY"), record("twice", "c2", "READY", "SUBMITTED"),
                record("twice", "c3", "SUBMITTED", "PARTIALLY_PAID"), record("twice", "c4", "SUBMITTED", "PARTIALLY_PAID"),
                record("headless", "d2", "READY", "SUBMITTED")));

        List<String> problems = ClaimEventOrder.problems(changes);

        assertThat(problems).hasSize(5);
        assertThat(problems).anyMatch(p -> p.startsWith("claim swapped"));
        assertThat(problems).anyMatch(p -> p.startsWith("claim gap"));
        assertThat(problems).anyMatch(p -> p.startsWith("claim twice"));
        assertThat(problems).anyMatch(p -> p.startsWith("claim headless"));
    }

    private static ConsumerRecord<String, String> record(String claimId, String eventId, String from, String to) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        String json = "{\"claimId\":\"" + claimId + "\",\"fromStatus\":" + (from == null ? "null" : "\"" + from + "\"")
                + ",\"toStatus\":\"" + to + "\"}";
        return new ConsumerRecord<>("rcm.claims.claim-status.v1", 0, 0, 0L, TimestampType.CREATE_TIME, 0, 0, claimId, json, headers,
                java.util.Optional.empty());
    }
}
