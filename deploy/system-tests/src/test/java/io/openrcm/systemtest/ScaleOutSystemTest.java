package io.openrcm.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.bench.ChaosRun;
import io.openrcm.bench.Fault;
import io.openrcm.bench.Recovery;
import io.openrcm.infra.FreePorts;
import io.openrcm.infra.TopicReader;
import io.openrcm.launcher.ServiceProcess;
import io.openrcm.launcher.ServiceSpec;
import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackOptions;
import io.openrcm.platform.eventing.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, several instances: two copies of code-, claim- and reimbursement-service on one PostgreSQL and one Kafka
 * (same databases, same consumer groups, two outbox relays per service competing for the same rows). A stream of
 * encounters, then the 835s that pay their claims (the benchmark's cycle, paced so the kills land under load); one
 * copy of each service is killed with SIGKILL mid-stream and stays dead, so the survivor must take over its
 * partitions, its relay's unacknowledged rows and its scheduler's claims. Then: nothing lost and nothing doubled
 * (exactly one claim per accepted encounter, every posting once, ledger = claims = 835 totals to the cent, nothing
 * parked, no reconciliation difference; see ChaosRun), and each claim's events on the claim-status topic complete
 * and in order. A stack of its own: the kills must not hit the other system tests.
 */
class ScaleOutSystemTest {

    private static final List<String> KILLED = Fault.SERVICES.stream().map(s -> s + "-2").toList();

    @Test
    void twoInstancesOfEachServiceLoseNothingDoubleNothingAndKeepEachClaimInOrderWhenOneOfEachIsKilled() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "scale-out-");
        List<ServiceSpec> services = ServiceSpec.defaults().stream()
                .filter(spec -> Fault.SERVICES.contains(spec.name()))
                .map(spec -> spec.withPort(FreePorts.pick())).toList();
        StackOptions options = StackOptions.testBuilder(dataDir).services(services).instances(2)
                .readyTimeout(ChaosRun.SERVICE_READY_TIMEOUT).build();
        ChaosRun.Result result;
        Map<String, List<ClaimEventOrder.Change>> changes;
        try (Stack stack = Stack.start(options)) {
            for (String service : Fault.SERVICES) {
                assertThat(stack.runningInstancesOf(service)).extracting(ServiceProcess::name)
                        .containsExactly(service, service + "-2");
            }
            // The load goes to the first copies; the second copies work the topics, the outbox and the schedulers
            // alongside them until they are killed, a few seconds apart, while encounters are still coming in.
            result = ChaosRun.run(stack, new ChaosRun.Settings(300, 0, 6, 10, 19,
                    List.of("--rate=5", "--claims-per-remittance=25")),
                    KILLED.stream().map(Fault::killInstance).toList());
            for (String service : Fault.SERVICES) {
                assertThat(stack.runningInstancesOf(service)).extracting(ServiceProcess::name).containsExactly(service);
            }
            changes = ClaimEventOrder.byClaim(TopicReader.readAll(stack.kafkaBootstrapServers(), Topics.CLAIM_STATUS));
        }

        assertThat(result.failures()).isEmpty();
        assertThat(result.recoveries()).extracting(r -> r.fault().target()).containsExactlyElementsOf(KILLED);
        assertThat(result.recoveries()).allMatch(Recovery::underLoad);
        // About 95 % of the encounters pass coding (the generator's fail share); each of their claims has events.
        assertThat(changes).hasSizeGreaterThan(200);
        assertThat(ClaimEventOrder.problems(changes)).isEmpty();
    }
}
