package io.openrcm.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bearer tokens whose verification succeeded, remembered so that the next request with the same token need not parse
 * it and check its signature again. Framework-free: {@link VerifiedTokenProvider} puts it in front of quarkus-oidc.
 *
 * <p>What it will never do: remember a refusal (only {@link #remember} adds, and only a verified result reaches it);
 * answer for a token past its {@code exp} (an entry is valid until the earlier of the token's expiry and the
 * time-to-live after its verification, and is dropped when found stale); hold a token itself (entries are keyed by
 * the token's SHA-256 and the tenant it was verified for); grow without bound (at {@code maxEntries} stale entries
 * are swept, and when none is stale a new token is simply not remembered). The time-to-live bounds how long a key
 * the provider has withdrawn from its JWKS still admits a token signed with it.
 *
 * @param <T> what is remembered for a token (the verified identity)
 */
public final class VerifiedTokens<T> {

    private final Duration timeToLive;
    private final int maxEntries;
    private final LongSupplier clockMillis;
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    /**
     * @param timeToLive how long after its verification a token is answered from memory at most; zero turns the
     *        cache off
     * @param maxEntries how many tokens are remembered at most
     * @param clockMillis the current time in epoch milliseconds
     */
    public VerifiedTokens(Duration timeToLive, int maxEntries, LongSupplier clockMillis) {
        if (timeToLive.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("The time-to-live and the maximum number of entries may not be negative");
        }
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
        this.clockMillis = clockMillis;
    }

    /** Whether anything is ever remembered. */
    public boolean enabled() {
        return !timeToLive.isZero() && maxEntries > 0;
    }

    /** The key of a token verified for a tenant (null for the default tenant). */
    public static String key(String tenant, String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return (tenant == null ? "" : tenant) + ':' + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** What was remembered for the key, if it is still valid now; a stale entry is dropped. */
    public T find(String key) {
        Entry<T> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (clockMillis.getAsLong() < entry.validUntilMillis()) {
            return entry.value();
        }
        entries.remove(key, entry);
        return null;
    }

    /**
     * Remembers a verified token's result until the earlier of its expiry and the time-to-live from now.
     *
     * @param expiresAtSeconds the token's {@code exp} in epoch seconds; a token without one (zero or less) is not
     *        remembered
     * @return whether it was remembered
     */
    public boolean remember(String key, T value, long expiresAtSeconds) {
        if (!enabled() || expiresAtSeconds <= 0 || value == null) {
            return false;
        }
        long now = clockMillis.getAsLong();
        long validUntil = Math.min(Math.multiplyExact(expiresAtSeconds, 1000L), now + timeToLive.toMillis());
        if (validUntil <= now) {
            return false;
        }
        if (entries.size() >= maxEntries && !entries.containsKey(key)) {
            entries.values().removeIf(e -> e.validUntilMillis() <= now);
            if (entries.size() >= maxEntries) {
                return false;
            }
        }
        entries.put(key, new Entry<>(value, validUntil));
        return true;
    }

    /** How many tokens are remembered now, stale ones included until they are swept. */
    public int size() {
        return entries.size();
    }

    private record Entry<T>(T value, long validUntilMillis) {
    }
}
