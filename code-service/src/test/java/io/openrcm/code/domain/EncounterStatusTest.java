package io.openrcm.code.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncounterStatusTest {

    @Test
    void aQueuedEncounterIsClaimedThenCodedOrReleased() {
        assertThat(EncounterStatus.NEEDS_REVIEW.moveTo(EncounterStatus.IN_REVIEW)).isEqualTo(EncounterStatus.IN_REVIEW);
        assertThat(EncounterStatus.IN_REVIEW.canMoveTo(EncounterStatus.CODED)).isTrue();
        assertThat(EncounterStatus.IN_REVIEW.canMoveTo(EncounterStatus.NEEDS_REVIEW)).isTrue();
    }

    @Test
    void aCodedEncounterNeverMovesAndAQueuedOneIsNotCodedWithoutACoder() {
        for (EncounterStatus next : EncounterStatus.values()) {
            assertThat(EncounterStatus.CODED.canMoveTo(next)).isFalse();
        }
        assertThatThrownBy(() -> EncounterStatus.NEEDS_REVIEW.moveTo(EncounterStatus.CODED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NEEDS_REVIEW cannot move to CODED");
    }
}
