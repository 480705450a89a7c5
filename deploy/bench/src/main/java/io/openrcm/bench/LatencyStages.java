package io.openrcm.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Splits each claim's latency at the moment its READY status event was published: before it, code-service's intake,
 * encounter-coded on Kafka and claim-service's intake; after it, the 837P submission. Both ends are Kafka timestamps
 * (when a relay published the event), so the two parts add up to the whole latency the report prints.
 *
 * @param toReady per claim, encounter accepted -> its READY status event, in ms
 * @param toSubmitted per claim, that READY event -> its claim-submitted event, in ms
 */
record LatencyStages(long[] toReady, long[] toSubmitted) {

    /** Claims without an accepted encounter or without a READY event on the status topic are left out. */
    static LatencyStages of(List<SubmittedClaim> claims, Map<String, PostedEncounter> acceptedByEncounter,
            Function<String, List<EventWatcher.StatusEvent>> statusEvents) {
        long[] toReady = new long[claims.size()];
        long[] toSubmitted = new long[claims.size()];
        int n = 0;
        for (SubmittedClaim claim : claims) {
            PostedEncounter posted = acceptedByEncounter.get(claim.encounterId());
            OptionalLong ready = statusEvents.apply(claim.claimId()).stream()
                    .filter(e -> "READY".equals(e.toStatus())).mapToLong(EventWatcher.StatusEvent::timestamp).min();
            if (posted == null || ready.isEmpty()) {
                continue;
            }
            toReady[n] = Math.max(0, ready.getAsLong() - posted.acceptedAtMillis());
            toSubmitted[n] = Math.max(0, claim.submittedAtMillis() - ready.getAsLong());
            n++;
        }
        return new LatencyStages(Arrays.copyOf(toReady, n), Arrays.copyOf(toSubmitted, n));
    }

    /**
     * Per claim, from a moment of its accepted encounter to its claim-submitted event, in ms: from when the answer
     * arrived ({@link PostedEncounter#acceptedAtMillis()}, the whole latency the target names) or from when the
     * request was due ({@link PostedEncounter#dueAtMillis()}, as the sender sees it, REST answer and any client-side
     * wait included). Claims without an accepted encounter are left out.
     */
    static long[] toSubmitted(List<SubmittedClaim> claims, Map<String, PostedEncounter> acceptedByEncounter,
            ToLongFunction<PostedEncounter> from) {
        return claims.stream().filter(c -> acceptedByEncounter.containsKey(c.encounterId()))
                .mapToLong(c -> Math.max(0, c.submittedAtMillis()
                        - from.applyAsLong(acceptedByEncounter.get(c.encounterId()))))
                .toArray();
    }
}
