package io.openrcm.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.platform.eventing.CloudEventHeaders;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks each claim's status changes as the claim-status topic carries them (keyed by claim id, so one claim's events
 * share a partition and its order): after dropping redeliveries of the same event id (the relay publishes at least
 * once), the first change creates the claim (from null) and every later one starts where the one before ended. An
 * event out of order, a change lost in between, or a change applied twice under two ids breaks that chain.
 */
final class ClaimEventOrder {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimEventOrder() {
    }

    /** One claim's changes as (from, to), in topic order, redeliveries dropped. */
    record Change(String from, String to) {
    }

    /** The changes of every claim on the topic, by claim id, in topic order, each event id once. */
    static Map<String, List<Change>> byClaim(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, String> r : records) {
            String eventId = CloudEventHeaders.text(r.headers(), CloudEventHeaders.ID);
            if (!seen.add(eventId)) {
                continue;
            }
            JsonNode event = read(r.value());
            changes.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Change(
                    event.path("fromStatus").isNull() ? null : event.path("fromStatus").asText(null),
                    event.path("toStatus").asText(null)));
        }
        return changes;
    }

    /** Every break of a claim's chain of changes; empty when each claim's events are complete and in order. */
    static List<String> problems(Map<String, List<Change>> changesByClaim) {
        List<String> problems = new ArrayList<>();
        changesByClaim.forEach((claimId, changes) -> {
            if (changes.get(0).from() != null) {
                problems.add("claim " + claimId + ": first change " + changes.get(0) + " does not create it");
            }
            for (int i = 1; i < changes.size(); i++) {
                if (changes.get(i).from() == null || !changes.get(i).from().equals(changes.get(i - 1).to())) {
                    problems.add("claim " + claimId + ": change " + (i + 1) + " " + changes.get(i) + " follows "
                            + changes.get(i - 1) + " (all: " + changes + ")");
                }
            }
        });
        return problems;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a claim-status event that is not JSON", e);
        }
    }
}
