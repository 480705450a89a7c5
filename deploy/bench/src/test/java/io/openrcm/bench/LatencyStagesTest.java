package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyStagesTest {

    private static final GeneratedEncounter ENCOUNTER = new GeneratedEncounter("EHR-1", null, false, BigDecimal.TEN);

    @Test
    void splitsEachClaimAtItsFirstReadyEvent() {
        List<SubmittedClaim> claims = List.of(claim("c1", "e1", 1_900), claim("c2", "e2", 2_500));
        Map<String, PostedEncounter> accepted = Map.of("e1", posted("e1", 1_000), "e2", posted("e2", 1_100));
        Map<String, List<EventWatcher.StatusEvent>> status = Map.of(
                "c1", List.of(event(1_300, "", "READY"), event(1_900, "READY", "SUBMITTED")),
                // Scrubbed again after a fix: the first READY counts.
                "c2", List.of(event(1_200, "", "SCRUB_FAILED"), event(1_700, "SCRUB_FAILED", "READY"),
                        event(2_200, "REJECTED", "READY")));

        LatencyStages stages = LatencyStages.of(claims, accepted, id -> status.getOrDefault(id, List.of()));

        assertThat(stages.toReady()).containsExactly(300, 600);
        assertThat(stages.toSubmitted()).containsExactly(600, 800);
    }

    @Test
    void leavesOutClaimsWithoutAReadyEventOrAnAcceptedEncounter() {
        List<SubmittedClaim> claims = List.of(claim("c1", "e1", 1_900), claim("c2", "e2", 2_500));
        Map<String, PostedEncounter> accepted = Map.of("e1", posted("e1", 1_000));
        Map<String, List<EventWatcher.StatusEvent>> status = Map.of("c2", List.of(event(2_000, "", "READY")));

        LatencyStages stages = LatencyStages.of(claims, accepted, id -> status.getOrDefault(id, List.of()));

        assertThat(stages.toReady()).isEmpty();
        assertThat(stages.toSubmitted()).isEmpty();
    }

    @Test
    void theSendersLatencyStartsWhenTheRequestWasDueNotWhenItsAnswerCame() {
        // e1 answered at 1,000 after 400 ms, sent on time; e2 answered at 1,100 after 300 ms, sent 250 ms late.
        List<SubmittedClaim> claims = List.of(claim("c1", "e1", 1_900), claim("c2", "e2", 2_500),
                claim("c3", "e3", 3_000));
        PostedEncounter late = new PostedEncounter(ENCOUNTER, 201, "e2", "CODED", 1_100, 300).late(250);
        Map<String, PostedEncounter> accepted = Map.of(
                "e1", new PostedEncounter(ENCOUNTER, 201, "e1", "CODED", 1_000, 400), "e2", late);

        long[] fromDue = LatencyStages.toSubmitted(claims, accepted, PostedEncounter::dueAtMillis);
        long[] fromAnswer = LatencyStages.toSubmitted(claims, accepted, PostedEncounter::acceptedAtMillis);

        assertThat(late.dueAtMillis()).isEqualTo(550);
        // c3 has no accepted encounter: left out.
        assertThat(fromDue).containsExactly(1_900 - 600, 2_500 - 550);
        assertThat(fromAnswer).containsExactly(1_900 - 1_000, 2_500 - 1_100);
    }

    @Test
    void aLagIsNeverNegative() {
        assertThat(posted("e1", 1_000).late(-5).lagMillis()).isZero();
    }

    private static SubmittedClaim claim(String claimId, String encounterId, long submittedAt) {
        return new SubmittedClaim(claimId, encounterId, "P1", "AETNA", "2026-11-02", BigDecimal.TEN, List.of(),
                submittedAt);
    }

    private static PostedEncounter posted(String encounterId, long acceptedAt) {
        return new PostedEncounter(ENCOUNTER, 201, encounterId, "CODED", acceptedAt, 5);
    }

    private static EventWatcher.StatusEvent event(long at, String from, String to) {
        return new EventWatcher.StatusEvent(at, from, to, null);
    }
}
