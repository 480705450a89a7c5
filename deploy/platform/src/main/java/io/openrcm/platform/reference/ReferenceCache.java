package io.openrcm.platform.reference;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Reference data held in memory: the loader's result, kept until the versions of its tables move (compared at most
 * every few seconds) or this instance changes one of them. A loader may also return an empty map that callers fill
 * lazily (rows by code): a change then starts a new, empty map.
 */
public final class ReferenceCache<T> {

    private record Loaded<T>(T value, long version, long checkedAt) {
    }

    private final List<String> tables;
    private final Supplier<T> loader;
    private final ToLongFunction<List<String>> versions;
    private final long checkEveryNanos;
    private volatile Loaded<T> loaded;
    private volatile boolean stale;

    ReferenceCache(List<String> tables, Supplier<T> loader, ToLongFunction<List<String>> versions,
            long checkEveryNanos) {
        this.tables = List.copyOf(tables);
        this.loader = loader;
        this.versions = versions;
        this.checkEveryNanos = checkEveryNanos;
    }

    /** What the tables hold: from memory while they have not changed. */
    public T get() {
        Loaded<T> current = loaded;
        if (fresh(current)) {
            return current.value();
        }
        synchronized (this) {
            current = loaded;
            if (fresh(current)) {
                return current.value();
            }
            boolean forced = stale;
            stale = false;
            // Version first, data second: a change in between makes the next check reload, never the reverse.
            long version = versions.applyAsLong(tables);
            if (current != null && !forced && current.version() == version) {
                loaded = new Loaded<>(current.value(), version, System.nanoTime());
                return current.value();
            }
            T value = loader.get();
            loaded = new Loaded<>(value, version, System.nanoTime());
            return value;
        }
    }

    /**
     * As {@link #get()}, but compares the versions now whatever the interval: for a look-up that missed (an unknown
     * payer), which must not refuse something another instance created a moment ago. Reloads only if they moved.
     */
    public T getChecked() {
        synchronized (this) {
            Loaded<T> current = loaded;
            if (current != null) {
                loaded = new Loaded<>(current.value(), current.version(), System.nanoTime() - checkEveryNanos - 1);
            }
        }
        return get();
    }

    /** Forgets what is held: the next read loads again. */
    public void invalidate() {
        stale = true;
    }

    boolean dependsOnAny(Collection<String> names) {
        return names.stream().anyMatch(tables::contains);
    }

    private boolean fresh(Loaded<T> current) {
        return current != null && !stale && System.nanoTime() - current.checkedAt() < checkEveryNanos;
    }
}
