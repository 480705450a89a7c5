package io.openrcm.claim.domain;

import static io.openrcm.claim.domain.ClaimStatus.CREATED;
import static io.openrcm.claim.domain.ClaimStatus.DENIED;
import static io.openrcm.claim.domain.ClaimStatus.PAID;
import static io.openrcm.claim.domain.ClaimStatus.PARTIALLY_PAID;
import static io.openrcm.claim.domain.ClaimStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @CsvSource({
        "CREATED, SUBMITTED",
        "SUBMITTED, PAID",
        "SUBMITTED, PARTIALLY_PAID",
        "SUBMITTED, DENIED",
        "PARTIALLY_PAID, PAID",
        "PARTIALLY_PAID, PARTIALLY_PAID",
        "PARTIALLY_PAID, DENIED",
        "DENIED, PAID",
        "DENIED, PARTIALLY_PAID"
    })
    void allowsEveryListedTransition(ClaimStatus from, ClaimStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({
        "CREATED, PAID",
        "CREATED, DENIED",
        "CREATED, CREATED",
        "SUBMITTED, CREATED",
        "SUBMITTED, SUBMITTED",
        "PAID, PARTIALLY_PAID",
        "PAID, DENIED",
        "PAID, PAID",
        "DENIED, DENIED",
        "DENIED, SUBMITTED",
        "PARTIALLY_PAID, SUBMITTED"
    })
    void refusesOtherTransitions(ClaimStatus from, ClaimStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
        assertThatThrownBy(() -> from.moveTo(to))
                .isInstanceOf(IllegalClaimTransitionException.class)
                .hasMessage("a claim cannot move from " + from + " to " + to);
    }

    @Test
    void theTransitionTableIsExactlyTheSpecifiedOne() {
        assertThat(CREATED.allowedNext()).containsExactlyInAnyOrder(SUBMITTED);
        assertThat(SUBMITTED.allowedNext()).containsExactlyInAnyOrder(PAID, PARTIALLY_PAID, DENIED);
        assertThat(PARTIALLY_PAID.allowedNext()).containsExactlyInAnyOrder(PAID, PARTIALLY_PAID, DENIED);
        assertThat(DENIED.allowedNext()).containsExactlyInAnyOrder(PAID, PARTIALLY_PAID);
        assertThat(PAID.allowedNext()).isEmpty();
        int allowed = 0;
        for (ClaimStatus s : ClaimStatus.values()) {
            Set<ClaimStatus> next = s.allowedNext();
            allowed += next.size();
            assertThat(EnumSet.allOf(ClaimStatus.class)).containsAll(next);
        }
        assertThat(allowed).isEqualTo(9);
    }

    @Test
    void nothingMovesToNull() {
        assertThatThrownBy(() -> SUBMITTED.moveTo(null)).isInstanceOf(IllegalClaimTransitionException.class);
    }
}
