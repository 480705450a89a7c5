package io.openrcm.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReferenceCacheTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger versionReads = new AtomicInteger();
    private final AtomicLong version = new AtomicLong(1);

    private ReferenceCache<String> cache(long checkEveryNanos) {
        return new ReferenceCache<>(List.of("payer"), () -> "load " + loads.incrementAndGet(), tables -> {
            versionReads.incrementAndGet();
            return version.get();
        }, checkEveryNanos);
    }

    @Test
    void aHitWithinTheCheckIntervalReadsNothing() {
        ReferenceCache<String> cache = cache(60_000_000_000L);
        assertThat(cache.get()).isEqualTo("load 1");
        for (int i = 0; i < 100; i++) {
            assertThat(cache.get()).isEqualTo("load 1");
        }
        assertThat(loads).hasValue(1);
        assertThat(versionReads).hasValue(1);
    }

    @Test
    void anUnchangedVersionKeepsTheDataAfterTheInterval() {
        ReferenceCache<String> cache = cache(0);
        cache.get();
        cache.get();
        assertThat(loads).hasValue(1);
        assertThat(versionReads).hasValue(2);
    }

    @Test
    void aMovedVersionReloadsAtTheNextCheck() {
        ReferenceCache<String> cache = cache(0);
        cache.get();
        version.incrementAndGet();
        assertThat(cache.get()).isEqualTo("load 2");
    }

    @Test
    void aChangeByThisInstanceReloadsAtOnceEvenWithinTheInterval() {
        ReferenceCache<String> cache = cache(60_000_000_000L);
        cache.get();
        cache.invalidate();
        assertThat(cache.get()).isEqualTo("load 2");
        assertThat(cache.get()).isEqualTo("load 2");
    }

    @Test
    void aCheckedReadComparesTheVersionsAtOnceAndReloadsOnlyWhenTheyMoved() {
        ReferenceCache<String> cache = cache(60_000_000_000L);
        cache.get();
        assertThat(cache.getChecked()).isEqualTo("load 1");
        assertThat(versionReads).hasValue(2);
        version.incrementAndGet();
        assertThat(cache.getChecked()).isEqualTo("load 2");
        assertThat(cache.get()).isEqualTo("load 2");
        assertThat(versionReads).hasValue(3);
    }

    @Test
    void dependsOnlyOnItsTables() {
        ReferenceCache<String> cache = cache(0);
        assertThat(cache.dependsOnAny(List.of("fee_schedule_row", "payer"))).isTrue();
        assertThat(cache.dependsOnAny(List.of("provider"))).isFalse();
    }
}
