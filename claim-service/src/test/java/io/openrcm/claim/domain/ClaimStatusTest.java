package io.openrcm.claim.domain;

import static io.openrcm.claim.domain.ClaimStatus.ACCEPTED;
import static io.openrcm.claim.domain.ClaimStatus.CLOSED;
import static io.openrcm.claim.domain.ClaimStatus.CORRECTED;
import static io.openrcm.claim.domain.ClaimStatus.CREATED;
import static io.openrcm.claim.domain.ClaimStatus.DENIED;
import static io.openrcm.claim.domain.ClaimStatus.PAID;
import static io.openrcm.claim.domain.ClaimStatus.PARTIALLY_PAID;
import static io.openrcm.claim.domain.ClaimStatus.READY;
import static io.openrcm.claim.domain.ClaimStatus.REJECTED;
import static io.openrcm.claim.domain.ClaimStatus.SCRUB_FAILED;
import static io.openrcm.claim.domain.ClaimStatus.SUBMITTED;
import static io.openrcm.claim.domain.ClaimStatus.VOIDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @CsvSource({
        "CREATED, READY",
        "CREATED, SCRUB_FAILED",
        "SCRUB_FAILED, READY",
        "READY, SUBMITTED",
        "SUBMITTED, ACCEPTED",
        "SUBMITTED, REJECTED",
        "SUBMITTED, PAID",
        "ACCEPTED, REJECTED",
        "ACCEPTED, DENIED",
        "REJECTED, READY",
        "PAID, ACCEPTED",
        "DENIED, PAID",
        "PARTIALLY_PAID, PAID",
        "PAID, CORRECTED",
        "DENIED, VOIDED",
        "CORRECTED, CORRECTED",
        "VOIDED, CLOSED",
        "ACCEPTED, ACCEPTED",
        "CLOSED, CLOSED"
    })
    void allowsEveryListedTransition(ClaimStatus from, ClaimStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({
        "CREATED, SUBMITTED",
        "CREATED, PAID",
        "SCRUB_FAILED, SUBMITTED",
        "READY, PAID",
        "SUBMITTED, READY",
        "SUBMITTED, SUBMITTED",
        "REJECTED, CORRECTED",
        "ACCEPTED, CORRECTED",
        "PAID, SUBMITTED",
        "CORRECTED, PAID",
        "VOIDED, READY",
        "CLOSED, PAID",
        "CLOSED, READY"
    })
    void refusesOtherTransitions(ClaimStatus from, ClaimStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
        assertThatThrownBy(() -> from.moveTo(to))
                .isInstanceOf(IllegalClaimTransitionException.class)
                .hasMessage("a claim cannot move from " + from + " to " + to);
    }

    @Test
    void theTransitionTableIsExactlyTheSpecifiedOne() {
        assertThat(CREATED.allowedNext()).containsExactlyInAnyOrder(READY, SCRUB_FAILED);
        assertThat(SCRUB_FAILED.allowedNext()).containsExactlyInAnyOrder(READY, SCRUB_FAILED, CLOSED);
        assertThat(READY.allowedNext()).containsExactlyInAnyOrder(SUBMITTED, SCRUB_FAILED);
        assertThat(SUBMITTED.allowedNext()).containsExactlyInAnyOrder(ACCEPTED, REJECTED, PAID, PARTIALLY_PAID,
                DENIED);
        assertThat(ACCEPTED.allowedNext()).containsExactlyInAnyOrder(ACCEPTED, REJECTED, PAID, PARTIALLY_PAID,
                DENIED);
        assertThat(REJECTED.allowedNext()).containsExactlyInAnyOrder(READY, SCRUB_FAILED, ACCEPTED, PAID,
                PARTIALLY_PAID, DENIED, CLOSED);
        // READY: billed to the next payer (secondary, tertiary) once one adjudicated.
        for (ClaimStatus adjudicated : List.of(PAID, PARTIALLY_PAID, DENIED)) {
            assertThat(adjudicated.allowedNext()).containsExactlyInAnyOrder(PAID, PARTIALLY_PAID, DENIED, ACCEPTED,
                    CORRECTED, VOIDED, CLOSED, READY);
        }
        assertThat(CORRECTED.allowedNext()).containsExactlyInAnyOrder(CORRECTED, CLOSED);
        assertThat(VOIDED.allowedNext()).containsExactlyInAnyOrder(VOIDED, CLOSED);
        assertThat(CLOSED.allowedNext()).containsExactly(CLOSED);
        int allowed = 0;
        for (ClaimStatus s : ClaimStatus.values()) {
            Set<ClaimStatus> next = s.allowedNext();
            allowed += next.size();
            assertThat(EnumSet.allOf(ClaimStatus.class)).containsAll(next);
        }
        assertThat(allowed).isEqualTo(53);
    }

    @Test
    void rejectedIsNeverAdjudicatedAndDeniedIs() {
        assertThat(REJECTED.isAdjudicated()).isFalse();
        assertThat(REJECTED.isInWorkQueue()).isTrue();
        assertThat(DENIED.isAdjudicated()).isTrue();
        assertThat(DENIED.isInWorkQueue()).isFalse();
    }

    @Test
    void nothingMovesToNull() {
        assertThatThrownBy(() -> SUBMITTED.moveTo(null)).isInstanceOf(IllegalClaimTransitionException.class);
    }
}
