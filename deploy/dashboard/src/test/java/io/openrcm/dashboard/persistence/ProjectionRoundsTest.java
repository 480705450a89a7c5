package io.openrcm.dashboard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.dashboard.domain.ClaimStatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch's changes split so that no upsert touches a claim twice and each claim's changes keep their order. */
class ProjectionRoundsTest {

    @Test
    void roundKHoldsTheKthChangeOfEachClaim() {
        ClaimStatusChange a1 = change("A", "READY");
        ClaimStatusChange b1 = change("B", "READY");
        ClaimStatusChange a2 = change("A", "SUBMITTED");
        ClaimStatusChange a3 = change("A", "ACCEPTED");
        ClaimStatusChange c1 = change("C", "READY");
        ClaimStatusChange b2 = change("B", "SUBMITTED");

        List<List<ClaimStatusChange>> rounds = ProjectionRepository.rounds(List.of(a1, b1, a2, a3, c1, b2));

        assertThat(rounds).containsExactly(List.of(a1, b1, c1), List.of(a2, b2), List.of(a3));
    }

    @Test
    void aBatchOfDistinctClaimsIsOneRound() {
        List<ClaimStatusChange> batch = List.of(change("A", "READY"), change("B", "READY"), change("C", "READY"));

        assertThat(ProjectionRepository.rounds(batch)).containsExactly(batch);
        assertThat(ProjectionRepository.rounds(List.of())).isEmpty();
    }

    private static ClaimStatusChange change(String claim, String status) {
        BigDecimal zero = BigDecimal.ZERO;
        return new ClaimStatusChange(UUID.randomUUID(), claim, "E-" + claim, "PAYER", "1234567893", null, status,
                null, List.of(), new ClaimStatusChange.Amounts(zero, zero, zero, zero, zero), Instant.now(), null,
                null);
    }
}
