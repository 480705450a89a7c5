package io.openrcm.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Verified bearer tokens remembered no longer than their exp and the time-to-live, keyed per token and tenant. */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);

    private VerifiedTokens<String> tokens(Duration ttl, int max) {
        return new VerifiedTokens<>(ttl, max, clock::get);
    }

    @Test
    void aTokenIsAnsweredUntilItsExpAndNotAMillisecondLonger() {
        VerifiedTokens<String> tokens = tokens(Duration.ofMinutes(5), 10);
        String key = VerifiedTokens.key(null, "header.claims.signature");
        long exp = NOW / 1000 + 30;

        assertThat(tokens.remember(key, "alice", exp)).isTrue();
        clock.set(exp * 1000 - 1);
        assertThat(tokens.find(key)).isEqualTo("alice");
        clock.set(exp * 1000);
        assertThat(tokens.find(key)).isNull();
        assertThat(tokens.size()).as("the stale entry is dropped when found").isZero();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheTimeToLive() {
        VerifiedTokens<String> tokens = tokens(Duration.ofSeconds(60), 10);
        String key = VerifiedTokens.key(null, "long-lived");

        tokens.remember(key, "alice", NOW / 1000 + 3600);
        clock.addAndGet(59_999);
        assertThat(tokens.find(key)).isEqualTo("alice");
        clock.addAndGet(1);
        assertThat(tokens.find(key)).isNull();
    }

    @Test
    void anExpiredTokenOrOneWithoutExpIsNotRemembered() {
        VerifiedTokens<String> tokens = tokens(Duration.ofSeconds(60), 10);

        assertThat(tokens.remember(VerifiedTokens.key(null, "expired"), "alice", NOW / 1000)).isFalse();
        assertThat(tokens.remember(VerifiedTokens.key(null, "no-exp"), "alice", 0)).isFalse();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void keysTellTokensAndTenantsApartAndHoldNoToken() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

        assertThat(VerifiedTokens.key(null, token)).isEqualTo(VerifiedTokens.key(null, token))
                .isNotEqualTo(VerifiedTokens.key(null, token + "x"))
                .isNotEqualTo(VerifiedTokens.key("other-tenant", token))
                .doesNotContain("eyJ");
    }

    @Test
    void itHoldsAtMostMaxEntriesAndSweepsStaleOnesFirst() {
        VerifiedTokens<String> tokens = tokens(Duration.ofSeconds(60), 2);
        long exp = NOW / 1000 + 3600;
        tokens.remember(VerifiedTokens.key(null, "a"), "a", NOW / 1000 + 10);
        tokens.remember(VerifiedTokens.key(null, "b"), "b", exp);

        assertThat(tokens.remember(VerifiedTokens.key(null, "c"), "c", exp)).as("full, nothing stale").isFalse();
        clock.addAndGet(10_000);
        assertThat(tokens.remember(VerifiedTokens.key(null, "c"), "c", exp)).as("a has expired").isTrue();
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find(VerifiedTokens.key(null, "b"))).isEqualTo("b");
        assertThat(tokens.find(VerifiedTokens.key(null, "c"))).isEqualTo("c");
    }

    @Test
    void aZeroTimeToLiveTurnsItOff() {
        VerifiedTokens<String> tokens = tokens(Duration.ZERO, 10);

        assertThat(tokens.enabled()).isFalse();
        assertThat(tokens.remember(VerifiedTokens.key(null, "a"), "a", NOW / 1000 + 60)).isFalse();
        assertThat(tokens.find(VerifiedTokens.key(null, "a"))).isNull();
    }
}
