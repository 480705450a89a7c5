package io.openrcm.platform.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The versions of the reference tables ({@code reference_version}, bumped by a trigger on every change of a table)
 * and the in-memory caches that follow them: a cache compares the versions of its tables at most every
 * {@code rcm.reference.check-every} and reloads when they moved; a write through this instance marks its caches stale
 * at once and again when its transaction ends, so the next read after the commit sees the change.
 */
@ApplicationScoped
public class ReferenceVersions {

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final long checkEveryNanos;
    private final List<ReferenceCache<?>> caches = new CopyOnWriteArrayList<>();

    @Inject
    public ReferenceVersions(DataSource dataSource, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "rcm.reference.check-every", defaultValue = "5s") Duration checkEvery) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.checkEveryNanos = checkEvery.toNanos();
    }

    /**
     * A cache of what the loader reads from these tables. The loader runs in the caller's transaction when the
     * cache is first read and after each change of one of the tables.
     */
    public <T> ReferenceCache<T> cache(Supplier<T> loader, String... tables) {
        ReferenceCache<T> cache = new ReferenceCache<>(List.of(tables), loader, this::versionOf, checkEveryNanos);
        caches.add(cache);
        return cache;
    }

    /**
     * Tells this instance's caches of the tables that they changed: stale now, and again once the current
     * transaction (if any) commits or rolls back, so no cache keeps what it may have read before the commit.
     */
    public void changed(String... tables) {
        List<String> names = List.of(tables);
        Runnable stale = () -> caches.stream().filter(c -> c.dependsOnAny(names)).forEach(ReferenceCache::invalidate);
        stale.run();
        if (transactions.getTransactionKey() != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the trigger has bumped the version already; nothing to add before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    stale.run();
                }
            });
        }
    }

    /** The sum of the tables' versions: each only grows, so the sum moves whenever one of them does. */
    long versionOf(List<String> tables) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(version), 0) FROM reference_version WHERE name = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the reference data versions of " + tables, e);
        }
    }

    /** How long a cache trusts what it holds before it compares the versions again. */
    public Duration checkEvery() {
        return Duration.ofNanos(checkEveryNanos);
    }
}
