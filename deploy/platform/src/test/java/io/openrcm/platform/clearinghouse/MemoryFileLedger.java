package io.openrcm.platform.clearinghouse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link FileLedger} in memory, for tests of the mailbox without a database. */
final class MemoryFileLedger implements FileLedger {

    final Map<String, Entry> rows = new ConcurrentHashMap<>();

    private static String key(String connectionId, String name, String sha256) {
        return connectionId + "|" + name + "|" + sha256;
    }

    @Override
    public Optional<String> status(String connectionId, String name, String sha256) {
        return Optional.ofNullable(rows.get(key(connectionId, name, sha256))).map(Entry::status);
    }

    @Override
    public void begin(InboundFile f, String kind, String takenBy, Instant at) {
        rows.putIfAbsent(key(f.connectionId(), f.name(), f.sha256()), new Entry(f.connectionId(), f.name(),
                f.sha256(), f.content().length, kind, TAKING, null, takenBy, at, null));
    }

    @Override
    public void finish(InboundFile f, String status, String detail, Instant at) {
        rows.computeIfPresent(key(f.connectionId(), f.name(), f.sha256()), (k, e) -> new Entry(e.connectionId(),
                e.name(), e.sha256(), e.size(), e.kind(), status, detail, e.takenBy(), e.takenAt(), at));
    }

    @Override
    public List<Entry> list(String status, int limit) {
        return new ArrayList<>(rows.values().stream().filter(e -> status == null || e.status().equals(status))
                .limit(limit).toList());
    }
}
