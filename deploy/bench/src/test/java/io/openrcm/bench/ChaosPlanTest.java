package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chaos run's fault plan and its check of the parked-events gauges. */
class ChaosPlanTest {

    @Test
    void thePlanKillsEachServiceTheGivenTimesRestartsBothStoresOnceAndScalesEachService() {
        List<Fault> plan = Fault.plan(2, 42);

        assertThat(plan).hasSize(11);
        for (String service : Fault.SERVICES) {
            assertThat(plan).filteredOn(f -> f.kind() == Fault.Kind.KILL && f.target().equals(service)).hasSize(2);
            assertThat(plan).filteredOn(f -> f.kind() == Fault.Kind.SECOND_INSTANCE && f.target().equals(service))
                    .hasSize(1);
        }
        assertThat(plan).filteredOn(f -> f.kind() == Fault.Kind.RESTART_KAFKA).hasSize(1);
        assertThat(plan).filteredOn(f -> f.kind() == Fault.Kind.RESTART_POSTGRES).hasSize(1);
        assertThat(Fault.plan(2, 42)).isEqualTo(plan);
        assertThat(Fault.plan(2, 43)).isNotEqualTo(plan);
    }

    @Test
    void everyParkedGaugeMustReadZeroAndNaNOrAMissingGaugeIsAFailure() {
        String clean = """
                # HELP rcm_parked_events Events parked
                rcm_parked_events{consumer="claim-service.payment-posted",} 0.0
                rcm_parked_events{consumer="outbox-relay",} 0.0
                """;
        String parked = clean.replace("\"outbox-relay\",} 0.0", "\"outbox-relay\",} 2.0");
        String unreadable = clean.replace("payment-posted\",} 0.0", "payment-posted\",} NaN");

        assertThat(ChaosChecks.gauges("claim-service", clean)).isEmpty();
        assertThat(ChaosChecks.gauges("claim-service", parked))
                .containsExactly("claim-service: rcm_parked_events{consumer=\"outbox-relay\",} = 2.0");
        assertThat(ChaosChecks.gauges("claim-service", unreadable)).hasSize(1);
        assertThat(ChaosChecks.gauges("claim-service", "rcm_outbox_backlog 0.0"))
                .containsExactly("claim-service: no rcm_parked_events gauge in /q/metrics");
    }

    @Test
    void aKilledInstanceIsNamedAndStaysDead() {
        Fault fault = Fault.killInstance("claim-service-2");

        assertThat(fault.kind()).isEqualTo(Fault.Kind.KILL_INSTANCE);
        assertThat(fault.describe()).isEqualTo("kill -9 claim-service-2 for good");
        assertThat(Fault.plan(2, 42)).noneMatch(f -> f.kind() == Fault.Kind.KILL_INSTANCE);
    }
}
