package io.openrcm.claim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.claim.persistence.ConcurrentClaimChangeException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {

    private final ConcurrentChanges changes = new ConcurrentChanges(null);

    @Test
    void aVersionConflictIsTriedOnceMoreOnTheNewState() {
        AtomicInteger attempts = new AtomicInteger();
        String result = changes.retried(UUID.randomUUID(), () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ConcurrentClaimChangeException(List.of(UUID.randomUUID()));
            }
            return "corrected";
        });
        assertThat(result).isEqualTo("corrected");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> changes.retried(UUID.randomUUID(), () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConflictIsRecognisedWhereverItIsInTheCauses() {
        assertThat(ConcurrentChanges.isVersionConflict(new RuntimeException(
                new ConcurrentClaimChangeException(List.of(UUID.randomUUID()))))).isTrue();
        assertThat(ConcurrentChanges.isVersionConflict(new RuntimeException("other"))).isFalse();
    }
}
