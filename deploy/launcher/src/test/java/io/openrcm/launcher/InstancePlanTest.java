package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class InstancePlanTest {

    private static final List<ServiceSpec> DEFAULTS = ServiceSpec.defaults();

    @Test
    void oneInstanceIsTheServicesOnTheirOwnPorts() {
        List<ServiceInstance> plan = InstancePlan.plan(DEFAULTS, 1, StackOptions.SINGLE_INSTANCE, 8085, port -> true, () -> 1);

        assertThat(plan).extracting(ServiceInstance::name, ServiceInstance::port).containsExactly(
                Tuple.tuple("code-service", 8081), Tuple.tuple("claim-service", 8082),
                Tuple.tuple("reimbursement-service", 8083), Tuple.tuple("dashboard", 8084));
    }

    @Test
    void furtherCopiesTakeTheNextFreePortsAndTheFirstCopiesKeepTheDocumentedOnes() {
        // 8086 is taken by something else on the machine: skipped.
        List<ServiceInstance> plan = InstancePlan.plan(DEFAULTS, 3, StackOptions.SINGLE_INSTANCE, 8085,
                port -> port != 8086, () -> 1);

        assertThat(plan).extracting(ServiceInstance::name, ServiceInstance::port, ServiceInstance::number).containsExactly(
                Tuple.tuple("code-service", 8081, 1), Tuple.tuple("claim-service", 8082, 1),
                Tuple.tuple("reimbursement-service", 8083, 1), Tuple.tuple("dashboard", 8084, 1),
                Tuple.tuple("code-service-2", 8085, 2), Tuple.tuple("claim-service-2", 8087, 2),
                Tuple.tuple("reimbursement-service-2", 8088, 2),
                Tuple.tuple("code-service-3", 8089, 3), Tuple.tuple("claim-service-3", 8090, 3),
                Tuple.tuple("reimbursement-service-3", 8091, 3));
        assertThat(plan).filteredOn(i -> i.service().equals("claim-service"))
                .extracting(i -> i.spec().database()).containsOnly("claims");
    }

    @Test
    void neverGivesAFurtherCopyAPortOfAFirstCopy() {
        List<ServiceInstance> plan = InstancePlan.plan(DEFAULTS, 2, Set.of(), 8083, port -> true, () -> 1);

        assertThat(plan).extracting(ServiceInstance::port).doesNotHaveDuplicates()
                .containsExactly(8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088);
        assertThat(plan).extracting(ServiceInstance::name).contains("dashboard-2");
    }

    @Test
    void withBaseZeroEveryFurtherCopyGetsAFreePortOfTheSystemAndNoneTwice() {
        List<ServiceSpec> services = List.of(new ServiceSpec("code-service", "code", 40001),
                new ServiceSpec("claim-service", "claims", 40002));
        Iterator<Integer> picks = List.of(40001, 50000, 50000, 50001).iterator();

        List<ServiceInstance> plan = InstancePlan.plan(services, 2, Set.of(), 0, port -> false, picks::next);

        assertThat(plan).extracting(ServiceInstance::name, ServiceInstance::port).containsExactly(
                Tuple.tuple("code-service", 40001), Tuple.tuple("claim-service", 40002),
                Tuple.tuple("code-service-2", 50000), Tuple.tuple("claim-service-2", 50001));
    }

    @Test
    void saysWhenNoPortIsLeft() {
        assertThatThrownBy(() -> InstancePlan.plan(DEFAULTS, 2, Set.of(), 65530, port -> false, () -> 1))
                .isInstanceOf(StackException.class).hasMessageContaining("code-service-2");
    }
}
