package io.openrcm.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/** Waiting for the pipeline: claims to be submitted, and claims to be updated by the remittances posted. */
final class Waits {

    private Waits() {
    }

    /**
     * Polls until remaining() reaches 0; gives up when neither it nor the watcher's stream of events has moved
     * for idleSeconds. Returns what was still missing (0 on success).
     */
    static int until(IntSupplier remaining, EventWatcher events, int idleSeconds, String what)
            throws InterruptedException {
        int last = remaining.getAsInt();
        long lastChange = System.currentTimeMillis();
        while (last > 0) {
            Thread.sleep(100);
            events.checkAlive();
            int now = remaining.getAsInt();
            long idleSince = Math.max(lastChange, events.lastEventMillis());
            if (now != last) {
                last = now;
                lastChange = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - idleSince > idleSeconds * 1000L) {
                System.out.printf("  gave up waiting for %s: %d still missing after %d s without progress%n", what,
                        now, idleSeconds);
                return now;
            }
        }
        return 0;
    }

    /**
     * When the claim was updated by the postings of one remittance: the Kafka timestamp of the n-th claim-status
     * event published after the remittance was sent (n = its postings for the claim), or -1 while missing.
     */
    static long updatedAt(EventWatcher events, String claimId, long sentAtMillis, int postings) {
        List<EventWatcher.StatusEvent> after = events.statusEvents(claimId).stream()
                .filter(e -> e.timestamp() >= sentAtMillis).toList();
        return after.size() >= postings ? after.get(postings - 1).timestamp() : -1;
    }

    /** How many claim payments of these remittances are not yet reflected in a claim-status event. */
    static int pendingUpdates(EventWatcher events, List<RemittanceLoad.Posted> posted) {
        int pending = 0;
        for (RemittanceLoad.Posted p : posted) {
            for (Map.Entry<String, Integer> e : postingsPerClaim(p.remittance()).entrySet()) {
                if (updatedAt(events, e.getKey(), p.sentAtMillis(), e.getValue()) < 0) {
                    pending += e.getValue();
                }
            }
        }
        return pending;
    }

    static Map<String, Integer> postingsPerClaim(Remittance r) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        r.claims().forEach(c -> counts.merge(c.claimId(), 1, Integer::sum));
        return counts;
    }
}
